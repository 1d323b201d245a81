package org.fer4j.video.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.fer4j.video.detect.BlazeFaceDetector;
import org.fer4j.video.detect.CascadeFaceDetector;
import org.fer4j.video.detect.CascadeFaceDetector.Cascade;
import org.fer4j.video.detect.FaceDetector;
import org.fer4j.video.source.VideoFileSource;
import org.fer4j.video.stream.EmotionPipeline;
import org.fer4j.video.stream.FrameResult;
import org.fer4j.video.stream.EmotionListener;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.testing.BrightnessClassifier;
import org.fer4j.video.testing.SharedVideos;

/**
 * Measures decode + detect + track (+ the brightness test double as classifier) throughput in
 * frames per second over a video, several passes, and the process RSS (VmRSS) before and after
 * each pass, to see both speed and whether memory grows. Not a test: run it by hand with {@code
 * java -cp <test classpath> org.fer4j.video.probe.VideoThroughputProbe [video] [passes]
 * [blazeface|haar|lbp]}.
 */
public final class VideoThroughputProbe {

    private VideoThroughputProbe() {}

    /** Runs the measurement and prints one line per pass. */
    public static void main(String[] args) throws IOException {
        Path video = args.length > 0 ? Path.of(args[0]) : SharedVideos.videoDir().resolve("franck.mp4");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String detectorName = args.length > 2 ? args[2] : "blazeface";
        if (!Files.isRegularFile(video)) {
            System.err.println("No video at " + video + "; nothing to measure");
            return;
        }
        System.out.printf(Locale.ROOT, "JVM start: VmRSS %d MB%n", rssMegabytes());

        long decoded = 0;
        long start = System.nanoTime();
        try (VideoFileSource source = VideoFileSource.open(video)) {
            for (var frame = source.next(); frame.isPresent(); frame = source.next()) {
                decoded++;
            }
        }
        System.out.printf(Locale.ROOT, "decode only: %d frames, %.1f frames/s, VmRSS %d MB%n",
                decoded, decoded / seconds(start), rssMegabytes());

        try (FaceDetector detector = detector(detectorName);
                BrightnessClassifier classifier = BrightnessClassifier.withoutRecording()) {
            System.out.printf(Locale.ROOT, "%s loaded: VmRSS %d MB%n", detectorName, rssMegabytes());
            for (int pass = 1; pass <= passes; pass++) {
                FaceCounter counter = new FaceCounter();
                long passStart = System.nanoTime();
                long frames;
                try (VideoFileSource source = VideoFileSource.open(video);
                        EmotionPipeline pipeline = EmotionPipeline.builder()
                                .setSource(source)
                                .optDetector(detector)
                                .setClassifier(classifier)
                                .addListener(counter)
                                .build()) {
                    frames = pipeline.run();
                }
                double secs = seconds(passStart);
                System.out.printf(Locale.ROOT,
                        "pass %d: %d frames in %.1f s = %.1f frames/s (%d with faces, %d face results), VmRSS %d MB%n",
                        pass, frames, secs, frames / secs, counter.framesWithFaces, counter.faces, rssMegabytes());
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
}
