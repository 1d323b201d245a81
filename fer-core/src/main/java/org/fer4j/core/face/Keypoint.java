package org.fer4j.core.face;

/** One face key point in picture pixels. */
public record Keypoint(FaceLandmark landmark, double x, double y) {

    /** Validates that the landmark is named and the position finite. */
    public Keypoint {
        if (landmark == null) {
            throw new IllegalArgumentException("A key point needs its landmark");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Key point " + landmark + " must be finite, got (" + x + ", " + y + ")");
        }
    }

    /** This point moved by (dx, dy), e.g. from a tile into its picture. */
    public Keypoint translated(double dx, double dy) {
        return new Keypoint(landmark, x + dx, y + dy);
    }
}
