package org.fer4j.video.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fer4j.core.EmotionModel;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.Temporal;
import org.fer4j.detect.BlazeFaceDetector;
import org.fer4j.video.detect.CascadeFaceDetector;
import org.fer4j.video.detect.CascadeFaceDetector.Cascade;
import org.fer4j.core.face.Detection;
import org.fer4j.core.image.Picture;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.video.source.VideoFileSource;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.stream.EmotionListener;
import org.fer4j.video.stream.EmotionPipeline;
import org.fer4j.video.stream.FrameResult;
import org.fer4j.video.testing.BrightnessModel;
import org.fer4j.video.testing.RecordingModel;
import org.fer4j.video.testing.SharedVideos;

/**
 * Measures end-to-end throughput (decode + detect + track + crop + classify) in frames per second
 * over a video, several passes, with the time spent in detection and classification, and the
 * process RSS (VmRSS) after each pass, to see both speed and whether memory grows. Not a test: run
 * it by hand with {@code java -cp <test classpath> org.fer4j.video.probe.VideoThroughputProbe
 * [video] [passes] [blazeface|haar|lbp] [lstm|gru|none|brightness|MODEL_DIR] [max frames per pass]}.
 * {@code lstm}, {@code gru} and {@code none} build an untrained recognizer of the default
 * architecture with that temporal head (same cost as a trained one); {@code brightness} is the test
 * double (front half only); a directory loads a saved model.
 */
public final class VideoThroughputProbe {

    private VideoThroughputProbe() {}

    /** Runs the measurement and prints one line per pass. */
    public static void main(String[] args) throws IOException {
        Path video = args.length > 0 ? Path.of(args[0]) : SharedVideos.videoDir().resolve("franck.mp4");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String detectorName = args.length > 2 ? args[2] : "blazeface";
        String modelName = args.length > 3 ? args[3] : "lstm";
        long maxFrames = args.length > 4 ? Long.parseLong(args[4]) : Long.MAX_VALUE;
        if (!Files.isRegularFile(video)) {
            System.err.println("No video at " + video + "; nothing to measure");
            return;
        }
        System.out.printf(Locale.ROOT, "JVM start: VmRSS %d MB%n", rssMegabytes());

        long decoded = 0;
        long start = System.nanoTime();
        try (VideoFileSource source = VideoFileSource.open(video)) {
            for (var frame = source.next(); frame.isPresent() && decoded < maxFrames; frame = source.next()) {
                decoded++;
            }
        }
        System.out.printf(Locale.ROOT, "decode only: %d frames, %.1f frames/s, VmRSS %d MB%n",
                decoded, decoded / seconds(start), rssMegabytes());

        try (TimedDetector detector = new TimedDetector(detector(detectorName));
                EmotionModel loaded = model(modelName)) {
            RecordingModel model = RecordingModel.timingOnly(loaded);
            System.out.printf(Locale.ROOT, "%s + %s loaded: VmRSS %d MB%n", detectorName, modelName, rssMegabytes());
            for (int pass = 1; pass <= passes; pass++) {
                FaceCounter counter = new FaceCounter();
                detector.nanos = 0;
                model.resetTiming();
                long passStart = System.nanoTime();
                long cpuStart = processCpuNanos();
                long frames;
                try (VideoFileSource source = VideoFileSource.open(video);
                        EmotionPipeline pipeline = EmotionPipeline.builder()
                                .setSource(source)
                                .optDetector(detector)
                                .setModel(model)
                                .addListener(counter)
                                .build()) {
                    frames = pipeline.run(maxFrames);
                }
                double secs = seconds(passStart);
                double cpuSecs = (processCpuNanos() - cpuStart) / 1e9;
                System.out.printf(Locale.ROOT,
                        "pass %d: %d frames in %.1f s = %.1f frames/s, %.1f CPU s = %.1f frames per CPU second"
                                + " (%d with faces, %d face results; "
                                + "detect %.2f ms/frame, classify %.2f ms/face, rest %.2f ms/frame), VmRSS %d MB%n",
                        pass, frames, secs, frames / secs, cpuSecs, frames / cpuSecs, counter.framesWithFaces, counter.faces,
                        detector.nanos / 1e6 / frames, model.streamNanos() / 1e6 / Math.max(1, counter.faces),
                        (secs * 1e9 - detector.nanos - model.streamNanos()) / 1e6 / frames, rssMegabytes());
            }
        }
        System.gc();
        System.out.printf(Locale.ROOT, "after closing and GC: VmRSS %d MB%n", rssMegabytes());
    }

    private static FaceDetector detector(String name) {
        return switch (name) {
            case "blazeface" -> BlazeFaceDetector.create();
            case "haar" -> CascadeFaceDetector.create();
            case "lbp" -> CascadeFaceDetector.builder().optCascade(Cascade.LBP_FRONTALFACE_IMPROVED).build();
            default -> throw new IllegalArgumentException("Unknown detector '" + name + "'; use blazeface, haar or lbp");
        };
    }

    private static EmotionModel model(String name) throws IOException {
        return switch (name) {
            case "brightness" -> new BrightnessModel();
            case "lstm" -> EmotionRecognizer.builder().temporal(Temporal.LSTM).build();
            case "gru" -> EmotionRecognizer.builder().temporal(Temporal.GRU).build();
            case "none" -> EmotionRecognizer.builder().temporal(Temporal.NONE).build();
            default -> EmotionRecognizer.load(Path.of(name));
        };
    }

    /** CPU time of the whole process (all threads, native ones included), in nanoseconds. */
    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getProcessCpuTime() : -1;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The resident set size from {@code /proc/self/status}, in MB (-1 where there is none). */
    static long rssMegabytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    /** Counts what the pipeline found, so the work cannot be optimised away. */
    private static final class FaceCounter implements EmotionListener {
        long framesWithFaces;
        long faces;

        @Override
        public void onFrame(FrameResult result, VideoFrame frame) {
            if (result.hasFaces()) {
                framesWithFaces++;
            }
            faces += result.faces().size();
        }
    }

    /** A detector that adds up the time spent in the wrapped one. */
    private static final class TimedDetector implements FaceDetector {
        private final FaceDetector detector;
        long nanos;

        TimedDetector(FaceDetector detector) {
            this.detector = detector;
        }

        @Override
        public List<Detection> detect(Picture picture) {
            long start = System.nanoTime();
            try {
                return detector.detect(picture);
            } finally {
                nanos += System.nanoTime() - start;
            }
        }

        @Override
        public void close() {
            detector.close();
        }
    }
}
