package org.fer4j.augment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;

/**
 * Rough single-thread throughput of {@link AugmentationPipeline#standard()} on 48x48 faces. Not a
 * test and not a JMH benchmark: a quick figure for the module report. Run from the module directory
 * after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:../fer-core/target/classes org.fer4j.augment.AugmentationThroughput}.
 */
public final class AugmentationThroughput {

    private AugmentationThroughput() {
    }

    /**
     * Warms up, then prints faces per second over five timed rounds, both per wall-clock second and
     * per second of this thread's CPU time (the latter is robust to a busy shared machine).
     */
    public static void main(String[] args) {
        int faces = 1024;
        Clip[] clips = new Clip[faces];
        SplittableRandom pixels = new SplittableRandom(1);
        for (int i = 0; i < faces; i++) {
            float[] p = new float[48 * 48];
            for (int j = 0; j < p.length; j++) {
                p[j] = pixels.nextFloat();
            }
            clips[i] = Clip.still(GrayImage.of(48, 48, p));
        }
        SeededAugmenter augmenter = new SeededAugmenter(AugmentationPipeline.standard(), 42);
        long sink = 0;
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        for (int warm = 0; warm < rounds / 2; warm++) {
            sink += run(augmenter, clips, warm);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int r = 0; r < rounds; r++) {
                sink += run(augmenter, clips, 1000 + round * rounds + r);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double total = rounds * (double) faces;
            System.out.printf("round %d: %,.0f faces/s wall, %,.0f faces per CPU-second%n",
                    round, total / seconds, total / cpuSeconds);
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static long run(SeededAugmenter augmenter, Clip[] clips, long epoch) {
        long sum = 0;
        for (int i = 0; i < clips.length; i++) {
            sum += Float.floatToIntBits(augmenter.augment(clips[i], epoch, i).frame(0).get(24, 24));
        }
        return sum;
    }
}
