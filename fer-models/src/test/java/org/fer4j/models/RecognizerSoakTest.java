package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Soak: the shipped default recognizer (flip averaging on, as video uses it) fed one stream many
 * frames and then many single-face predictions, sampling the process's resident memory (VmRSS in
 * {@code /proc/self/status}) along the way; after a warm-up tenth, RSS must stay within 5 % of its
 * lowest sample in each phase. Samples go to {@code fer-models/target/soak/rss.csv}.
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

    /** One RSS sample. */
    private record Sample(String phase, long calls, long rssKb, long millis) {}

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
                samples.add(new Sample(phase, i + 1, rssKb(), (System.nanoTime() - start) / 1_000_000));
            }
        }
    }

    private static void assertFlat(List<Sample> samples, String phase) {
        List<Sample> of = samples.stream().filter(s -> s.phase().equals(phase)).toList();
        List<Sample> settled = of.subList(of.size() / 10, of.size());
        long min = settled.stream().mapToLong(Sample::rssKb).min().orElseThrow();
        long max = settled.stream().mapToLong(Sample::rssKb).max().orElseThrow();
        assertThat((double) max / min).as("%s RSS max/min after warm-up (%d..%d kB)", phase, min, max).isLessThanOrEqualTo(1 + FLAT);
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
        List<String> lines = new ArrayList<>(List.of("phase,calls,rss_kb,elapsed_ms"));
        samples.forEach(s -> lines.add(s.phase() + "," + s.calls() + "," + s.rssKb() + "," + s.millis()));
        AtomicFile.write(out, o -> o.write(String.join("\n", lines).concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
