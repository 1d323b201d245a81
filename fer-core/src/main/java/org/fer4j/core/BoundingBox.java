package org.fer4j.core;

/** An axis-aligned rectangle in pixel coordinates of a frame, e.g. a detected face. */
public record BoundingBox(double x, double y, double width, double height) {

    /** Validates that the box has a finite position and a positive size. */
    public BoundingBox {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(width > 0) || !(height > 0)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException(
                    "Invalid box x=" + x + " y=" + y + " w=" + width + " h=" + height);
        }
    }

    /** The area in square pixels. */
    public double area() {
        return width * height;
    }

    /** Intersection over union with another box, in [0, 1]. */
    public double iou(BoundingBox other) {
        double ix = Math.max(0, Math.min(x + width, other.x + other.width) - Math.max(x, other.x));
        double iy = Math.max(0, Math.min(y + height, other.y + other.height) - Math.max(y, other.y));
        double inter = ix * iy;
        return inter / (area() + other.area() - inter);
    }

    /** The box grown (or shrunk, for a factor below 1) about its centre. */
    public BoundingBox scaled(double factor) {
        double w = width * factor;
        double h = height * factor;
        return new BoundingBox(x + (width - w) / 2, y + (height - h) / 2, w, h);
    }
}
