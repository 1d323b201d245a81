package org.fer4j.video.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fer4j.detect.BlazeFaceDetector;
import org.fer4j.video.detect.CascadeFaceDetector;
import org.fer4j.video.detect.CascadeFaceDetector.Cascade;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.video.source.VideoFileSource;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.testing.SharedVideos;

/**
 * Measures detector recall on the shared one-face videos: recall is the fraction of sampled frames
 * with at least one detection, and frames with more than one detection count as a false-positive
 * indicator (each video shows exactly one face). Not a test: run it by hand with
 * {@code java -cp <test classpath> org.fer4j.video.probe.DetectorRecallProbe [sharedDir] [step]}.
 */
public final class DetectorRecallProbe {

    private DetectorRecallProbe() {}

    /** Runs every shipped detector over every shared video, sampling every {@code step}-th frame. */
    public static void main(String[] args) throws Exception {
        Path videos = args.length > 0 ? Path.of(args[0]).resolve("data/video") : SharedVideos.videoDir();
        int step = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isDirectory(videos)) {
            System.err.println("No shared videos at " + videos + "; nothing to measure");
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(videos)) {
            files = list.filter(p -> p.toString().endsWith(".mp4")).sorted().toList();
        }
        List<Candidate> detectors =
                List.of(
                        new Candidate("haar-default", () -> CascadeFaceDetector.create()),
                        new Candidate("haar-alt2", () -> CascadeFaceDetector.builder().optCascade(Cascade.HAAR_FRONTALFACE_ALT2).build()),
                        new Candidate("lbp-improved", () -> CascadeFaceDetector.builder().optCascade(Cascade.LBP_FRONTALFACE_IMPROVED).build()),
                        new Candidate("blazeface@0.5", () -> BlazeFaceDetector.create()),
                        new Candidate("blazeface@0.75", () -> BlazeFaceDetector.builder().optScoreThreshold(0.75f).build()));
        System.out.printf(Locale.ROOT, "%-15s %-18s %8s %8s %8s %10s%n", "detector", "video", "sampled", "recall", ">1 det", "ms/frame");
        for (Candidate candidate : detectors) {
            long sampled = 0;
            long hit = 0;
            long multi = 0;
            double millis = 0;
            try (FaceDetector detector = candidate.factory().get()) {
                for (Path file : files) {
                    Counts counts = measure(detector, file, step);
                    System.out.printf(Locale.ROOT, "%-15s %-18s %8d %8.4f %8d %10.2f%n", candidate.name(), file.getFileName(),
                            counts.sampled, (double) counts.hit / counts.sampled, counts.multi, counts.millis / counts.sampled);
                    sampled += counts.sampled;
                    hit += counts.hit;
                    multi += counts.multi;
                    millis += counts.millis;
                }
            }
            System.out.printf(Locale.ROOT, "%-15s %-18s %8d %8.4f %8d %10.2f%n", candidate.name(), "ALL", sampled,
                    (double) hit / sampled, multi, millis / sampled);
        }
    }

    private static Counts measure(FaceDetector detector, Path file, int step) {
        Counts counts = new Counts();
        try (VideoFileSource source = VideoFileSource.open(file)) {
            source.forEachRemaining(
                    frame -> {
                        if (frame.index() % step == 0) {
                            counts.add(detector, frame);
                        }
                    });
        }
        return counts;
    }

    private record Candidate(String name, Supplier<FaceDetector> factory) {}

    private static final class Counts {
        long sampled;
        long hit;
        long multi;
        double millis;

        void add(FaceDetector detector, VideoFrame frame) {
            frame.luma();
            long start = System.nanoTime();
            List<Detection> detections = detector.detect(frame.picture());
            millis += (System.nanoTime() - start) / 1e6;
            sampled++;
            if (!detections.isEmpty()) {
                hit++;
            }
            if (detections.size() > 1) {
                multi++;
            }
        }
    }
}
