package org.fer4j.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.image.PictureDecoder;
import org.fer4j.core.preprocess.FacePreprocessor;
import org.fer4j.inference.OnnxEmotionModel;
import org.fer4j.inference.photo.FaceAnalyzer;
import org.fer4j.models.EmotionRecognizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Soak outside the build: the shipped default model on ONNX Runtime (flip averaging on, what
 * applications ship) fed one {@link EmotionStream} many frames, then {@link FaceAnalyzer#pretrained()}
 * called many times on a real face picture (slightly varied per call), sampling the process's
 * resident memory ({@code VmRSS}), the Java heap and their difference at regular intervals. Writes
 * {@code soak.csv} and {@code summary.md} (first / last / min / max RSS after a warm-up tenth, drift)
 * to the output folder; stops a phase early at {@code --until} and says so in the summary.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Long stream + photo-API run sampling RSS and heap (ONNX Runtime path).")
public final class SoakRun implements Callable<Integer> {

    private static final double FLAT = 0.05;

    @Option(names = "--frames", description = "stream frames (default ${DEFAULT-VALUE})")
    long frames = 1_000_000;

    @Option(names = "--calls", description = "photo-API calls (default ${DEFAULT-VALUE})")
    long calls = 100_000;

    @Option(names = "--samples", description = "samples per phase (default ${DEFAULT-VALUE})")
    int samplesPerPhase = 200;

    @Option(names = "--summarize", description = "only re-summarize this soak.csv (with --frames/--calls as asked) into summary.md beside it")
    Path summarize;

    @Option(names = "--picture", description = "a picture with one face (PNG/JPEG)")
    Path picture;

    @Option(names = "--out", description = "output folder")
    Path out;

    @Option(names = "--until", description = "UTC instant after which each phase stops early, e.g. 2026-12-02T02:20:00Z")
    Instant until = Instant.MAX;

    @Option(names = "--stream-until", description = "UTC instant after which the stream phase stops early")
    Instant streamUntil = Instant.MAX;

    @Option(names = "--runtime", description = "stream runtime: onnx (default) or pytorch")
    String runtime = "onnx";

    /** One sample: calls done, resident memory, committed and used heap (after a GC), wall time. */
    record Sample(String phase, long calls, long rssKb, long heapCommittedKb, long heapUsedKb, long millis) {

        long nativeKb() {
            return rssKb - heapCommittedKb;
        }

        String csv() {
            return String.join(",", phase, Long.toString(calls), Long.toString(rssKb), Long.toString(heapCommittedKb),
                    Long.toString(heapUsedKb), Long.toString(nativeKb()), Long.toString(millis));
        }
    }

    /** What one phase did: its samples, the calls it was asked for and whether it stopped early. */
    record Phase(String name, long asked, long done, boolean stoppedEarly, long millis, List<Sample> samples) {}

    /** A call of the soaked API, numbered. */
    @FunctionalInterface
    interface Call {
        void run(long i) throws IOException;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SoakRun()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (summarize != null) {
            String summary = summary(read(summarize, frames, calls));
            Files.writeString(summarize.resolveSibling("summary.md"), summary);
            System.out.print(summary);
            return 0;
        }
        if (picture == null || out == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--picture and --out are required");
        }
        Files.createDirectories(out);
        byte[] pictureBytes = Files.readAllBytes(picture);
        BufferedImage image = PictureDecoder.defaults().decode(pictureBytes, picture.toString());
        List<GrayImage> faces = frames(image);
        List<byte[]> pictures = variants(image);
        long start = System.nanoTime();
        List<Phase> phases = new ArrayList<>();
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("soak.csv"), StandardCharsets.UTF_8))) {
            csv.println("phase,calls,rss_kb,heap_committed_kb,heap_used_kb,native_kb,elapsed_ms");
            csv.println(sample("start", 0, start).csv());
            csv.flush();
            if (frames > 0) {
                try (EmotionModel model = openModel();
                        EmotionStream stream = model.openStream()) {
                    phases.add(run("stream-" + runtime, frames, streamUntil.isBefore(until) ? streamUntil : until, i -> {
                        stream.next(faces.get((int) (i % faces.size())));
                    }, csv, start));
                }
            }
            if (calls > 0) {
                try (FaceAnalyzer analyzer = FaceAnalyzer.pretrained()) {
                    phases.add(run("photo", calls, until, i -> {
                        int v = (int) (i % pictures.size());
                        if (analyzer.analyze(pictures.get(v), "variant " + v).isEmpty()) {
                            throw new IllegalStateException("no face found in variant " + v + " of " + picture);
                        }
                    }, csv, start));
                }
            }
        }
        String summary = summary(phases);
        Files.writeString(out.resolve("summary.md"), summary);
        System.out.print(summary);
        return 0;
    }

    private EmotionModel openModel() throws IOException {
        return switch (runtime) {
            case "onnx" -> OnnxEmotionModel.pretrained();
            case "pytorch" -> EmotionRecognizer.pretrained();
            default -> throw new IllegalArgumentException("--runtime must be onnx or pytorch, not " + runtime);
        };
    }

    private Phase run(String name, long asked, Instant stopAt, Call call, PrintWriter csv, long start) throws IOException {
        long every = Math.max(1, asked / samplesPerPhase);
        List<Sample> samples = new ArrayList<>();
        long phaseStart = System.nanoTime();
        long done = 0;
        boolean early = false;
        for (long i = 0; i < asked; i++) {
            call.run(i);
            done = i + 1;
            if (done % every == 0) {
                Sample s = sample(name, done, start);
                samples.add(s);
                csv.println(s.csv());
                csv.flush();
                System.err.printf(Locale.ROOT, "[soak] %s %d/%d rss %d kB heap %d kB%n", name, done, asked, s.rssKb(), s.heapUsedKb());
                if (Instant.now().isAfter(stopAt)) {
                    early = done < asked;
                    break;
                }
            }
        }
        return new Phase(name, asked, done, early, (System.nanoTime() - phaseStart) / 1_000_000, samples);
    }

    private static Sample sample(String phase, long calls, long start) throws IOException {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long committed = rt.totalMemory() / 1024;
        return new Sample(phase, calls, rssKb(), committed, committed - rt.freeMemory() / 1024,
                (System.nanoTime() - start) / 1_000_000);
    }

    static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS line in /proc/self/status (Linux only)");
    }

    /** 32 model-side faces from the picture: the face shifted by up to 3 pixels, brightness varied by up to 6 %. */
    private static List<GrayImage> frames(BufferedImage image) {
        FacePreprocessor preprocessor = new FacePreprocessor();
        GrayImage base = preprocessor.face(image);
        List<GrayImage> faces = new ArrayList<>();
        for (int k = 0; k < 32; k++) {
            int dx = k % 7 - 3;
            int dy = k / 7 % 5 - 2;
            float gain = 0.94f + 0.12f * k / 31;
            float[] px = new float[base.width() * base.height()];
            for (int y = 0; y < base.height(); y++) {
                for (int x = 0; x < base.width(); x++) {
                    int sx = Math.min(base.width() - 1, Math.max(0, x + dx));
                    int sy = Math.min(base.height() - 1, Math.max(0, y + dy));
                    px[y * base.width() + x] = Math.min(1f, base.get(sx, sy) * gain);
                }
            }
            faces.add(GrayImage.of(base.width(), base.height(), px));
        }
        return faces;
    }

    /** 8 encoded PNG variants of the picture: brightness varied by up to 8 %, so no two calls decode the same bytes in a row. */
    private static List<byte[]> variants(BufferedImage image) {
        List<byte[]> pictures = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            float gain = 0.92f + 0.02f * k;
            BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = Math.min(255, Math.round((rgb >> 16 & 0xff) * gain));
                    int g = Math.min(255, Math.round((rgb >> 8 & 0xff) * gain));
                    int b = Math.min(255, Math.round((rgb & 0xff) * gain));
                    copy.setRGB(x, y, r << 16 | g << 8 | b);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                ImageIO.write(copy, "png", bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pictures.add(bytes.toByteArray());
        }
        return pictures;
    }

    /**
     * The Markdown summary: per phase, RSS after the warm-up tenth (first, last, min, max), the drift
     * of the median of the last tenth of samples against the median of the first settled tenth (the
     * verdict: flat when within 5 %, so a single allocator spike does not decide it), native memory and
     * heap, and the rate (sampling's GCs included).
     */
    static String summary(List<Phase> phases) {
        StringBuilder md = new StringBuilder();
        md.append("| phase | calls done / asked | calls/s | RSS first | RSS last | RSS min | RSS max | RSS median first -> last "
                + "tenth (drift) | native (RSS - heap) median first -> last tenth | heap used after GC min..max | flat within 5 % |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Phase p : phases) {
            List<Sample> settled = p.samples().subList(p.samples().size() / 10, p.samples().size());
            if (settled.size() < 10) {
                md.append("| ").append(p.name()).append(" | ").append(p.done()).append(" / ").append(p.asked())
                        .append(" | too few samples (").append(settled.size()).append(") |\n");
                continue;
            }
            int tenth = settled.size() / 10;
            List<Sample> early = settled.subList(0, tenth);
            List<Sample> late = settled.subList(settled.size() - tenth, settled.size());
            long rssEarly = median(early, Sample::rssKb);
            long rssLate = median(late, Sample::rssKb);
            double drift = (double) rssLate / rssEarly - 1;
            long min = settled.stream().mapToLong(Sample::rssKb).min().orElseThrow();
            long max = settled.stream().mapToLong(Sample::rssKb).max().orElseThrow();
            long heapMin = settled.stream().mapToLong(Sample::heapUsedKb).min().orElseThrow();
            long heapMax = settled.stream().mapToLong(Sample::heapUsedKb).max().orElseThrow();
            md.append(String.format(Locale.ROOT,
                    "| %s | %d / %d%s | %.1f | %.1f MiB | %.1f MiB | %.1f MiB | %.1f MiB | %.1f -> %.1f MiB (%+.2f %%) "
                            + "| %.1f -> %.1f MiB | %.1f..%.1f MiB | %s |%n",
                    p.name(), p.done(), p.asked(), p.stoppedEarly() ? " (stopped at the time limit)" : "",
                    p.done() * 1000.0 / Math.max(1, p.millis()), mib(settled.get(0).rssKb()),
                    mib(settled.get(settled.size() - 1).rssKb()), mib(min), mib(max), mib(rssEarly), mib(rssLate),
                    100 * drift, mib(median(early, Sample::nativeKb)), mib(median(late, Sample::nativeKb)),
                    mib(heapMin), mib(heapMax), Math.abs(drift) <= FLAT ? "yes" : "NO"));
        }
        md.append("\nAfter the first tenth of each phase's samples (warm-up); MiB of VmRSS; samples taken after System.gc().\n");
        return md.toString();
    }

    private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> value) {
        long[] sorted = samples.stream().mapToLong(value).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /**
     * Re-reads a {@code soak.csv} into phases (for {@code --summarize}): a stream phase was asked for
     * {@code frames}, the photo phase for {@code calls}; the phase's time runs from the start sample.
     */
    static List<Phase> read(Path csv, long frames, long calls) throws IOException {
        java.util.Map<String, List<Sample>> byPhase = new java.util.LinkedHashMap<>();
        long startMillis = 0;
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[0].equals("start")) {
                startMillis = Long.parseLong(f[6]);
                continue;
            }
            byPhase.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Sample(f[0], Long.parseLong(f[1]),
                    Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[6])));
        }
        List<Phase> phases = new ArrayList<>();
        for (var entry : byPhase.entrySet()) {
            Sample last = entry.getValue().get(entry.getValue().size() - 1);
            long asked = entry.getKey().startsWith("stream") ? frames : calls;
            phases.add(new Phase(entry.getKey(), asked, last.calls(), last.calls() < asked, last.millis() - startMillis,
                    entry.getValue()));
        }
        return phases;
    }

    private static double mib(long kb) {
        return kb / 1024.0;
    }
}
