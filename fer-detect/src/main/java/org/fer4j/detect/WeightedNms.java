package org.fer4j.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceLandmark;
import org.fer4j.core.face.Keypoint;

/**
 * Weighted non-maximum suppression as MediaPipe does it for BlazeFace: boxes overlapping the most
 * confident remaining box by at least the IoU threshold are merged into it (score-weighted mean of
 * their coordinates and key points), keeping the highest score.
 */
final class WeightedNms {

    private final double iouThreshold;

    WeightedNms(double iouThreshold) {
        if (!(iouThreshold > 0 && iouThreshold <= 1)) {
            throw new IllegalArgumentException("NMS IoU threshold must be in (0, 1], got " + iouThreshold);
        }
        this.iouThreshold = iouThreshold;
    }

    /** Merges overlapping candidates; the result is sorted by descending score. */
    List<Detection> apply(List<Detection> candidates) {
        List<Detection> remaining = new ArrayList<>(candidates);
        remaining.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> kept = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Detection best = remaining.get(0);
            List<Detection> cluster = new ArrayList<>();
            List<Detection> rest = new ArrayList<>();
            for (Detection candidate : remaining) {
                (candidate == best || best.box().iou(candidate.box()) >= iouThreshold ? cluster : rest).add(candidate);
            }
            kept.add(merge(best, cluster));
            remaining = rest;
        }
        return kept;
    }

    /** The score-weighted mean box (and key points, when all have them) of a cluster, with the best score. */
    private static Detection merge(Detection best, List<Detection> cluster) {
        double weight = 0;
        double x0 = 0;
        double y0 = 0;
        double x1 = 0;
        double y1 = 0;
        boolean allHaveKeypoints = true;
        for (Detection candidate : cluster) {
            BoundingBox b = candidate.box();
            double w = candidate.score();
            weight += w;
            x0 += w * b.x();
            y0 += w * b.y();
            x1 += w * (b.x() + b.width());
            y1 += w * (b.y() + b.height());
            allHaveKeypoints &= !candidate.keypoints().isEmpty();
        }
        if (!(weight > 0)) {
            return best;
        }
        BoundingBox box = new BoundingBox(x0 / weight, y0 / weight, (x1 - x0) / weight, (y1 - y0) / weight);
        return new Detection(box, allHaveKeypoints ? meanKeypoints(cluster, weight) : best.keypoints(), best.score());
    }

    private static List<Keypoint> meanKeypoints(List<Detection> cluster, double weight) {
        FaceLandmark[] landmarks = FaceLandmark.values();
        List<Keypoint> points = new ArrayList<>(landmarks.length);
        for (FaceLandmark landmark : landmarks) {
            double x = 0;
            double y = 0;
            for (Detection candidate : cluster) {
                Keypoint k = candidate.keypoints().get(landmark.ordinal());
                x += candidate.score() * k.x();
                y += candidate.score() * k.y();
            }
            points.add(new Keypoint(landmark, x / weight, y / weight));
        }
        return points;
    }
}
