package org.fer4j.core.face;

import java.util.List;
import java.util.Optional;
import org.fer4j.core.BoundingBox;

/**
 * One face found in a picture: its box (picture pixels), its key points (none, or all six in {@link
 * FaceLandmark} order) and how confident the detector is.
 */
public record Detection(BoundingBox box, List<Keypoint> keypoints, float score) {

    /** Validates the box, the key points and a finite score; keeps an immutable copy of the points. */
    public Detection {
        if (box == null) {
            throw new IllegalArgumentException("A detection needs a box");
        }
        if (!Float.isFinite(score)) {
            throw new IllegalArgumentException("Detection score must be finite, got " + score + " for " + box);
        }
        keypoints = List.copyOf(keypoints == null ? List.of() : keypoints);
        if (!keypoints.isEmpty()) {
            FaceLandmark[] order = FaceLandmark.values();
            if (keypoints.size() != order.length) {
                throw new IllegalArgumentException(
                        "A detection has no key points or all " + order.length + ", got " + keypoints.size() + " for " + box);
            }
            for (int i = 0; i < order.length; i++) {
                if (keypoints.get(i).landmark() != order[i]) {
                    throw new IllegalArgumentException(
                            "Key point " + i + " must be " + order[i] + ", got " + keypoints.get(i).landmark());
                }
            }
        }
    }

    /** A detection without key points (e.g. from a cascade detector). */
    public Detection(BoundingBox box, float score) {
        this(box, List.of(), score);
    }

    /** The key point of one landmark, empty when the detector gives none. */
    public Optional<Keypoint> keypoint(FaceLandmark landmark) {
        return keypoints.isEmpty() ? Optional.empty() : Optional.of(keypoints.get(landmark.ordinal()));
    }

    /** This detection moved by (dx, dy), e.g. from a tile into its picture. */
    public Detection translated(double dx, double dy) {
        BoundingBox moved = new BoundingBox(box.x() + dx, box.y() + dy, box.width(), box.height());
        return new Detection(moved, keypoints.stream().map(k -> k.translated(dx, dy)).toList(), score);
    }
}
