package org.fer4j.bench;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One benchmark result in the report's terms: time per operation and per face, faces per second
 * and achieved GFLOP/s (NaN where a count does not apply).
 *
 * @param benchmark short name, {@code Class.method}
 * @param params the parameters as {@code name=value} pairs, space-separated
 * @param secondsPerOp the measured time per operation
 * @param relativeError the confidence interval's half-width relative to the score (NaN if unknown)
 * @param work what one operation does
 */
public record ReportRow(String benchmark, String params, double secondsPerOp, double relativeError, Workload work) {

    /** The row of one JMH result. */
    public static ReportRow of(JmhResult result, Workload work) {
        return new ReportRow(
                result.benchmarkClass() + "." + result.method(),
                describe(result.params()),
                result.secondsPerOp(),
                result.relativeError(),
                work);
    }

    /** Parameters as {@code name=value} pairs in order. */
    static String describe(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** Time per face, NaN for benchmarks without faces. */
    public double secondsPerFace() {
        return secondsPerOp / work.facesPerOp();
    }

    /** Faces handled per second. */
    public double facesPerSecond() {
        return work.facesPerOp() / secondsPerOp;
    }

    /** Achieved billions of floating-point operations per second. */
    public double gflops() {
        return work.flopsPerOp() / secondsPerOp / 1e9;
    }
}
