package org.fer4j.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-face cost of the default and each zoo model on each {@link BenchRuntime} (PyTorch eager, ONNX
 * Runtime used directly, ONNX Runtime through DJL's engine, and the peer), at batch 1 and 32 and with
 * 1 or 2 intra-op threads. One operation scores {@code batch} ready 48x48 faces ({@code predict} at
 * batch 1, {@code predictAll} above; 64x64 for the peer); the report divides by {@code batch}. The
 * default matrix compares {@code pytorch} and {@code onnx}; add the others with JMH's {@code -p}, e.g.
 * {@code -p runtime=djl-onnx,peer -p model=default} (the peer ignores {@code model}).
 */
public class RuntimeBenchmark extends MillisecondBenchmark {

    /** {@value BenchModel#DEFAULT} or a zoo variant id. */
    @Param({"default", "cnn-rnn", "cnn-attention", "cnn-rnn-augmented", "fast"})
    public String model;

    /** {@code pytorch}, {@code onnx}, {@code djl-onnx} or {@code peer}. */
    @Param({"pytorch", "onnx"})
    public String runtime;

    /** Faces per operation. */
    @Param({"1", "32"})
    public int batch;

    /** Intra-op threads of the runtime. */
    @Param({"1", "2"})
    public int threads;

    private BenchRuntime.Scorer scorer;

    /** Opens the model on the runtime. */
    @Setup(Level.Trial)
    public void setUp() {
        scorer = BenchRuntime.parse(runtime).open(BenchModel.parse(model), batch, threads);
        System.out.println("[fer-bench] " + runtime + " / " + model + ": " + scorer.provenance());
    }

    /** Scores {@code batch} faces. */
    @Benchmark
    public Object faces() {
        return scorer.score();
    }

    /** Frees the model. */
    @TearDown(Level.Trial)
    public void tearDown() {
        scorer.close();
    }
}
