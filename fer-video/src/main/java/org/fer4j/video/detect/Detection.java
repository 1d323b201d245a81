package org.fer4j.video.detect;

import org.fer4j.core.BoundingBox;

/** One face found in a frame: where it is (frame pixels) and how confident the detector is. */
public record Detection(BoundingBox box, float score) {

    /** Validates that there is a box and a finite score. */
    public Detection {
        if (box == null) {
            throw new IllegalArgumentException("A detection needs a box");
        }
        if (!Float.isFinite(score)) {
            throw new IllegalArgumentException("Detection score must be finite, got " + score + " for " + box);
        }
    }
}
