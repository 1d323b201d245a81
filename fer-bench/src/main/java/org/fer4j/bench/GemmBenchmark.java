package org.fer4j.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The hardware limit the models are judged against: one n x n by n x n fp32 matrix product
 * through DJL's PyTorch engine (2 n^3 floating-point operations; the report turns the time into
 * GFLOP/s). A large GEMM is the best case for the CPU's vector units and PyTorch's BLAS, so a
 * network's achieved GFLOP/s divided by this peak says how much of the machine it uses.
 */
public class GemmBenchmark extends MillisecondBenchmark {

    /** Matrix side. */
    @Param({"1024", "2048"})
    public int n;

    private NDManager manager;
    private NDArray a;
    private NDArray b;

    /** Creates two random n x n matrices. */
    @Setup(Level.Trial)
    public void setUp() {
        manager = NDManager.newBaseManager("PyTorch");
        a = manager.randomUniform(-1, 1, new Shape(n, n));
        b = manager.randomUniform(-1, 1, new Shape(n, n));
    }

    /** One matrix product; the result is freed right away and one element read to be sure it exists. */
    @Benchmark
    public float gemm() {
        try (NDArray c = a.matMul(b)) {
            return c.getFloat(0, 0);
        }
    }

    /** Frees the matrices. */
    @TearDown(Level.Trial)
    public void tearDown() {
        manager.close();
    }
}
