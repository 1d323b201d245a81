package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.fer4j.core.AtomicFile;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Soak: the shipped default recognizer (flip averaging on, as video uses it) fed one stream many
 * frames and then many single-face predictions, sampling after a full GC the process's resident
 * memory (VmRSS in {@code /proc/self/status}) and the Java heap; after a warm-up tenth, native memory
 * (RSS minus the committed heap) at the end (median of the last tenth of samples) must stay within
 * 5 % of its level after warm-up (median of the first tenth), and the heap in use within 16 MB, in
 * each phase. Samples go to {@code fer-models/target/soak/rss.csv}.
 *
 * <p>Tagged {@code soak} and excluded from the normal build (fer-models' pom). The full run, about
 * an hour on two shared cores:
 *
 * <pre>{@code
 * mvn -B -o -pl fer-models -am verify -Dtest=RecognizerSoakTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsoak.exclude=none -Dfer4j.soak.frames=1000000 -Dfer4j.soak.predicts=100000
 * }</pre>
 *
 * Without the two counts it runs a short version (20,000 frames, 5,000 predictions).
 */
@Tag("soak")
class RecognizerSoakTest {

    private static final int SAMPLES_PER_PHASE = 50;
    private static final double FLAT = 0.05;

    /**
     * One sample, taken after a full GC: resident memory, the Java heap committed and used, and
     * their difference (native memory: PyTorch tensors, code, metaspace), which is what a native
     * leak would grow; RSS alone also grows while the JVM expands its heap towards -Xmx.
     */
    private record Sample(String phase, long calls, long rssKb, long heapCommittedKb, long heapUsedKb, long millis) {

        long nativeKb() {
            return rssKb - heapCommittedKb;
        }
    }

    @Test
    void residentMemoryStaysFlatOverALongStreamAndManyPredictions() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "needs Linux /proc to read VmRSS");
        long frames = Long.getLong("fer4j.soak.frames", 20_000);
        long predicts = Long.getLong("fer4j.soak.predicts", 5_000);
        Clip faces = MovingFaces.clip(32, 48, 21);
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        try (EmotionRecognizer fer = EmotionRecognizer.pretrained();
                EmotionStream stream = fer.openStream()) {
            run("stream", frames, i -> stream.next(faces.frame(i % 32)), samples, start);
            run("predict", predicts, i -> fer.predict(faces.frame(i % 32)), samples, start);
        }
        write(samples);
        assertFlat(samples, "stream");
        assertFlat(samples, "predict");
    }

    private static void run(String phase, long calls, IntConsumer call, List<Sample> samples, long start) throws IOException {
        long every = Math.max(1, calls / SAMPLES_PER_PHASE);
        for (long i = 0; i < calls; i++) {
            call.accept((int) (i % Integer.MAX_VALUE));
            if ((i + 1) % every == 0) {
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                long committed = runtime.totalMemory() / 1024;
                samples.add(new Sample(phase, i + 1, rssKb(), committed, committed - runtime.freeMemory() / 1024,
                        (System.nanoTime() - start) / 1_000_000));
            }
        }
    }

    private static void assertFlat(List<Sample> samples, String phase) {
        List<Sample> of = samples.stream().filter(s -> s.phase().equals(phase)).toList();
        List<Sample> settled = of.subList(of.size() / 10, of.size());
        int tenth = Math.max(1, settled.size() / 10);
        long early = median(settled.subList(0, tenth));
        long late = median(settled.subList(settled.size() - tenth, settled.size()));
        assertThat((double) late / early)
                .as("%s native memory (RSS - heap), median of the last tenth %d kB vs the first settled tenth %d kB",
                        phase, late, early)
                .isLessThanOrEqualTo(1 + FLAT);
        long heapMin = settled.stream().mapToLong(Sample::heapUsedKb).min().orElseThrow();
        long heapMax = settled.stream().mapToLong(Sample::heapUsedKb).max().orElseThrow();
        assertThat(heapMax - heapMin).as("%s heap used after GC %d..%d kB", phase, heapMin, heapMax).isLessThan(16 * 1024);
    }

    /** The median native memory of some samples (transient allocator spikes do not count). */
    private static long median(List<Sample> samples) {
        long[] sorted = samples.stream().mapToLong(Sample::nativeKb).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS line in /proc/self/status");
    }

    private static void write(List<Sample> samples) throws IOException {
        Path out = Path.of("target", "soak", "rss.csv");
        Files.createDirectories(out.getParent());
        List<String> lines = new ArrayList<>(List.of("phase,calls,rss_kb,heap_committed_kb,heap_used_kb,native_kb,elapsed_ms"));
        samples.forEach(s -> lines.add(String.join(",", s.phase(), String.valueOf(s.calls()), String.valueOf(s.rssKb()),
                String.valueOf(s.heapCommittedKb()), String.valueOf(s.heapUsedKb()), String.valueOf(s.nativeKb()),
                String.valueOf(s.millis()))));
        AtomicFile.write(out, o -> o.write(String.join("\n", lines).concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
