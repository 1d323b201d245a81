package org.fer4j.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings of the benchmarks whose operations take milliseconds, inherited by extending
 * this class: one benchmark-wide state, average time per operation in ms, two warm-up and three
 * measured iterations of 2 s, in one forked JVM with DJL offline and a 3 GB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true", "-Xmx3g"})
public abstract class MillisecondBenchmark {

    /** For subclasses, which JMH instantiates. */
    protected MillisecondBenchmark() {}
}
