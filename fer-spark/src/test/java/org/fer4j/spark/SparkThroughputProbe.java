package org.fer4j.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fer4j.inference.photo.FaceAnalyzer;
import org.fer4j.inference.photo.PhotoAnalysis;

/**
 * Photo throughput of fer-spark on {@code local[1]} and {@code local[2]} against the single-machine
 * path ({@link FaceAnalyzer#analyzeAll} over batches of 32 pictures on 1 and 2 threads) on the same
 * pictures. A timed main, not JMH: each setting is warmed up on the first 200 pictures, then timed
 * {@code repeats} times over all of them; the best and the mean run, and the JVM's CPU seconds per run (the
 * measure that holds on a machine shared with other work), are printed as a Markdown table.
 * Not a test: run it by hand on an otherwise idle machine.
 *
 * <pre>
 * args: [write N] &lt;pictures folder&gt; [repeats]    (write: FER2013 PublicTest faces, {@link FacePictures})
 * </pre>
 */
final class SparkThroughputProbe {

    private static final int BATCH = 32;
    private static final int WARM_UP = 200;

    private SparkThroughputProbe() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            int count = Integer.parseInt(args[1]);
            Path dir = Path.of(args[2]);
            FacePictures.write(FacePictures.fer2013().orElseThrow(), count, dir);
            System.out.println("wrote " + count + " pictures into " + dir);
            return;
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        System.out.printf(Locale.ROOT, "%d pictures in %s, %d timed runs per setting after a warm-up, %d cores%n%n",
                files.size(), dir, repeats, Runtime.getRuntime().availableProcessors());
        System.out.println("| path | threads | faces | best s | mean s | pictures/s (best) | faces/s (best) | JVM CPU s per run |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        try (FaceAnalyzer analyzer = FaceAnalyzer.pretrained()) {
            for (int threads : new int[] {1, 2}) {
                singleMachine(analyzer, files.subList(0, WARM_UP), threads);
                long faces = 0;
                double[] times = new double[repeats];
                long cpuStart = cpuNanos();
                for (int r = 0; r < repeats; r++) {
                    long start = System.nanoTime();
                    faces = singleMachine(analyzer, files, threads);
                    times[r] = (System.nanoTime() - start) / 1e9;
                }
                print("single machine, FaceAnalyzer.analyzeAll", threads, files.size(), faces, times, cpuStart);
            }
        }
        for (int threads : new int[] {1, 2}) {
            SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("fer-spark-bench")
                    .config("spark.ui.enabled", "false").getOrCreate();
            try {
                FerSpark warm = FerSpark.builder().optFileFilter("face-000[01]*.png").build();
                warm.images(spark, dir.toString()).select("top").collectAsList();
                long faces = 0;
                double[] times = new double[repeats];
                long cpuStart = cpuNanos();
                for (int r = 0; r < repeats; r++) {
                    long start = System.nanoTime();
                    List<Row> tops = FerSpark.scoreImages(spark, dir.toString()).select("top").collectAsList();
                    times[r] = (System.nanoTime() - start) / 1e9;
                    faces = tops.stream().filter(row -> !row.isNullAt(0)).count();
                }
                print("fer-spark, local[" + threads + "]", threads, files.size(), faces, times, cpuStart);
            } finally {
                spark.stop();
            }
        }
    }

    /** Scores the files in batches of {@link #BATCH} on a pool of {@code threads}; returns the faces found. */
    private static long singleMachine(FaceAnalyzer analyzer, List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<PhotoAnalysis>>> batches = new ArrayList<>();
            for (int start = 0; start < files.size(); start += BATCH) {
                List<Path> batch = files.subList(start, Math.min(files.size(), start + BATCH));
                batches.add(pool.submit(() -> analyzer.analyzeAll(batch)));
            }
            long faces = 0;
            for (Future<List<PhotoAnalysis>> batch : batches) {
                for (PhotoAnalysis analysis : batch.get()) {
                    faces += analysis.faces().size();
                }
            }
            return faces;
        } finally {
            pool.shutdown();
        }
    }

    /** CPU time of this whole JVM so far (every thread: Spark's own, ONNX Runtime's, the GC). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void print(String path, int threads, int pictures, long faces, double[] times, long cpuStart) {
        double cpu = (cpuNanos() - cpuStart) / 1e9 / times.length;
        double best = Double.MAX_VALUE;
        double sum = 0;
        for (double t : times) {
            best = Math.min(best, t);
            sum += t;
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.1f | %.1f | %.1f |%n",
                path, threads, faces, best, sum / times.length, pictures / best, faces / best, cpu);
    }
}
