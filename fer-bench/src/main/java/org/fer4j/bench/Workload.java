package org.fer4j.bench;

/**
 * How much work one benchmark operation does, so that a time per operation can be turned into a
 * time per face and into GFLOP/s.
 *
 * @param facesPerOp faces handled per operation, NaN when the benchmark handles no faces (GEMM)
 * @param flopsPerOp floating-point operations per operation, NaN when unknown (the peer) or not
 *     meaningful (pure-Java preprocessing)
 * @param note a short remark for the report, empty when none
 */
public record Workload(double facesPerOp, double flopsPerOp, String note) {

    /** Work of an operation over {@code faces} faces with no FLOP count. */
    public static Workload faces(double faces, String note) {
        return new Workload(faces, Double.NaN, note);
    }

    /** Floating-point operations per face, NaN when either count is missing. */
    public double flopsPerFace() {
        return flopsPerOp / facesPerOp;
    }
}
