package org.fer4j.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.core.image.Picture;

/**
 * Measures a detector on the shared group photos ({@code groups/faces.csv}): a labelled clear face
 * is found when a detection overlaps it at IoU >= 0.3 (one detection per face); a detection that
 * overlaps no labelled face (clear or not) is a false positive. Run {@link #main} for a sweep.
 */
final class GroupPhotoRecall {

    /** IoU at which a detection matches a labelled box (the boxes are drawn by eye). */
    static final double MATCH_IOU = 0.3;

    /** One labelled face. */
    record Face(BoundingBox box, boolean clear) {}

    /** The outcome over all photos. */
    record Result(int clearFaces, int found, int falsePositives, double millisPerMegapixel, double cpuMillisPerMegapixel,
            Map<String, String> perFile) {

        double recall() {
            return (double) found / clearFaces;
        }

        @Override
        public String toString() {
            return String.format("found %d of %d clear faces (%.1f %%), %d false positives, %.0f ms (%.0f ms of CPU) per megapixel",
                    found, clearFaces, 100 * recall(), falsePositives, millisPerMegapixel, cpuMillisPerMegapixel);
        }
    }

    private GroupPhotoRecall() {}

    /** The labelled faces of every group photo, by file name, in file order. */
    static Map<String, List<Face>> labels(Path groups) throws IOException {
        Map<String, List<Face>> faces = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(groups.resolve("faces.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            BoundingBox box = new BoundingBox(
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
            faces.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Face(box, f[6].trim().equals("1")));
        }
        return faces;
    }

    /** Runs the detector over every labelled photo. */
    static Result measure(FaceDetector detector, Path groups) throws IOException {
        int clear = 0;
        int found = 0;
        int extra = 0;
        long nanos = 0;
        long cpuNanos = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double megapixels = 0;
        Map<String, String> perFile = new LinkedHashMap<>();
        for (Map.Entry<String, List<Face>> entry : labels(groups).entrySet()) {
            Picture picture = SharedPhotos.picture("groups/" + entry.getKey());
            picture.luma();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            List<Detection> detections = detector.detect(picture);
            cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
            nanos += System.nanoTime() - start;
            megapixels += picture.width() * (double) picture.height() / 1e6;
            int[] outcome = score(entry.getValue(), detections);
            clear += outcome[0];
            found += outcome[1];
            extra += outcome[2];
            perFile.put(entry.getKey(), outcome[1] + "/" + outcome[0] + " +" + outcome[2]);
        }
        return new Result(clear, found, extra, nanos / 1e6 / megapixels, cpuNanos / 1e6 / megapixels, perFile);
    }

    /** {clear faces, clear faces found, false positives} of one photo, matched greedily by IoU. */
    static int[] score(List<Face> faces, List<Detection> detections) {
        boolean[] used = new boolean[detections.size()];
        int clear = 0;
        int found = 0;
        for (Face face : faces) {
            int best = -1;
            double bestIou = MATCH_IOU;
            for (int d = 0; d < detections.size(); d++) {
                double iou = face.box().iou(detections.get(d).box());
                if (!used[d] && iou >= bestIou) {
                    best = d;
                    bestIou = iou;
                }
            }
            if (best >= 0) {
                used[best] = true;
            }
            if (face.clear()) {
                clear++;
                found += best >= 0 ? 1 : 0;
            }
        }
        int extra = 0;
        for (boolean u : used) {
            extra += u ? 0 : 1;
        }
        return new int[] {clear, found, extra};
    }

    /**
     * Sweeps the tiled detector's settings; arguments: face fractions (comma list), score thresholds
     * (comma list), tile growth.
     */
    public static void main(String[] args) throws IOException {
        Path groups = SharedPhotos.dir().resolve("groups");
        String[] fractions = (args.length > 0 ? args[0] : "0.25").split(",");
        String[] thresholds = (args.length > 1 ? args[1] : "0.5").split(",");
        double growth = args.length > 2 ? Double.parseDouble(args[2]) : 2;
        float inner = args.length > 3 ? Float.parseFloat(args[3]) : 0.5f;
        try (BlazeFaceDetector blaze = BlazeFaceDetector.builder().optScoreThreshold(inner).build()) {
            System.out.println("whole picture only: " + measure(blaze, groups));
            for (String fraction : fractions) {
                for (String threshold : thresholds) {
                    try (TiledFaceDetector tiled = TiledFaceDetector.builder()
                            .setDetector(blaze)
                            .optFaceFraction(Double.parseDouble(fraction))
                            .optScoreThreshold(Float.parseFloat(threshold))
                            .optTileGrowth(growth)
                            .build()) {
                        Result result = measure(tiled, groups);
                        System.out.println("fraction " + fraction + " threshold " + threshold + " growth " + growth + ": " + result);
                        System.out.println("  " + result.perFile());
                    }
                }
            }
        }
    }
}
