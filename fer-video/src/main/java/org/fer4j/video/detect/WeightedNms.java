package org.fer4j.video.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fer4j.core.BoundingBox;

/**
 * Weighted non-maximum suppression as MediaPipe does it for BlazeFace: boxes overlapping the most
 * confident remaining box by at least the IoU threshold are merged into it (score-weighted mean of
 * their coordinates), keeping the highest score.
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
            double weight = 0;
            double x0 = 0;
            double y0 = 0;
            double x1 = 0;
            double y1 = 0;
            List<Detection> rest = new ArrayList<>();
            for (Detection candidate : remaining) {
                if (candidate == best || best.box().iou(candidate.box()) >= iouThreshold) {
                    BoundingBox b = candidate.box();
                    double w = candidate.score();
                    weight += w;
                    x0 += w * b.x();
                    y0 += w * b.y();
                    x1 += w * (b.x() + b.width());
                    y1 += w * (b.y() + b.height());
                } else {
                    rest.add(candidate);
                }
            }
            BoundingBox merged =
                    weight > 0
                            ? new BoundingBox(x0 / weight, y0 / weight, (x1 - x0) / weight, (y1 - y0) / weight)
                            : best.box();
            kept.add(new Detection(merged, best.score()));
            remaining = rest;
        }
        return kept;
    }
}
