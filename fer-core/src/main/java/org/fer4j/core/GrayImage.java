package org.fer4j.core;

import java.util.Arrays;

/**
 * An immutable grayscale image with pixel intensities in [0, 1], stored row-major. It is the unit
 * that preprocessing produces, augmentation transforms and models consume.
 */
public final class GrayImage {

    private final int width;
    private final int height;
    private final float[] pixels;

    private GrayImage(int width, int height, float[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /**
     * Wraps a copy of row-major intensities in [0, 1]. NaN, infinite or out-of-range values are
     * rejected with the offending position, since they would silently poison a model.
     */
    public static GrayImage of(int width, int height, float[] pixels) {
        float[] copy = pixels.clone();
        validate(width, height, copy);
        return new GrayImage(width, height, copy);
    }

    /** Converts 8-bit intensities (0..255) into an image. */
    public static GrayImage fromBytes(int width, int height, byte[] gray) {
        float[] pixels = new float[gray.length];
        for (int i = 0; i < gray.length; i++) {
            pixels[i] = (gray[i] & 0xFF) / 255f;
        }
        requireSize(width, height, pixels.length);
        return new GrayImage(width, height, pixels);
    }

    /**
     * Wraps an array the caller promises not to touch again, clamping values into [0, 1]; used by
     * transforms that produce fresh arrays and may overshoot by rounding. NaN is still rejected.
     */
    public static GrayImage ofOwned(int width, int height, float[] pixels) {
        requireSize(width, height, pixels.length);
        for (int i = 0; i < pixels.length; i++) {
            float v = pixels[i];
            if (Float.isNaN(v)) {
                throw new IllegalArgumentException("Pixel " + i + " is NaN");
            }
            pixels[i] = v < 0 ? 0 : (v > 1 ? 1 : v);
        }
        return new GrayImage(width, height, pixels);
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** The intensity at column x, row y. */
    public float get(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException(
                    "(" + x + "," + y + ") is outside a " + width + "x" + height + " image");
        }
        return pixels[y * width + x];
    }

    /** A copy of the row-major intensities. */
    public float[] pixels() {
        return pixels.clone();
    }

    /** Copies the row-major intensities into {@code target} starting at {@code offset}. */
    public void copyTo(float[] target, int offset) {
        System.arraycopy(pixels, 0, target, offset, pixels.length);
    }

    /**
     * Resizes the image: area averaging when shrinking (no aliasing from a large photo), bilinear
     * interpolation when enlarging. Returns this image when the size already matches.
     */
    public GrayImage resized(int newWidth, int newHeight) {
        if (newWidth <= 0 || newHeight <= 0) {
            throw new IllegalArgumentException("Cannot resize to " + newWidth + "x" + newHeight);
        }
        if (newWidth == width && newHeight == height) {
            return this;
        }
        float[] out = new float[newWidth * newHeight];
        double sx = (double) width / newWidth;
        double sy = (double) height / newHeight;
        for (int y = 0; y < newHeight; y++) {
            for (int x = 0; x < newWidth; x++) {
                out[y * newWidth + x] =
                        (sx > 1 || sy > 1) ? areaAverage(x * sx, y * sy, sx, sy) : bilinear((x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5);
            }
        }
        return ofOwned(newWidth, newHeight, out);
    }

    /**
     * The image moved by {@code dx} pixels right and {@code dy} down, same size, with the pixels
     * that come in from outside copied from the nearest edge.
     */
    public GrayImage translated(int dx, int dy) {
        float[] out = new float[pixels.length];
        for (int y = 0; y < height; y++) {
            int sourceRow = Math.min(height - 1, Math.max(0, y - dy)) * width;
            for (int x = 0; x < width; x++) {
                out[y * width + x] = pixels[sourceRow + Math.min(width - 1, Math.max(0, x - dx))];
            }
        }
        return new GrayImage(width, height, out);
    }

    /** Crops a rectangle, clipped to the image; fails when nothing of it lies inside. */
    public GrayImage crop(BoundingBox box) {
        int x0 = Math.max(0, (int) Math.floor(box.x()));
        int y0 = Math.max(0, (int) Math.floor(box.y()));
        int x1 = Math.min(width, (int) Math.ceil(box.x() + box.width()));
        int y1 = Math.min(height, (int) Math.ceil(box.y() + box.height()));
        if (x1 <= x0 || y1 <= y0) {
            throw new IllegalArgumentException(box + " lies outside a " + width + "x" + height + " image");
        }
        float[] out = new float[(x1 - x0) * (y1 - y0)];
        for (int y = y0; y < y1; y++) {
            System.arraycopy(pixels, y * width + x0, out, (y - y0) * (x1 - x0), x1 - x0);
        }
        return new GrayImage(x1 - x0, y1 - y0, out);
    }

    private float areaAverage(double left, double top, double sx, double sy) {
        double right = Math.min(width, left + Math.max(sx, 1));
        double bottom = Math.min(height, top + Math.max(sy, 1));
        double sum = 0;
        double weight = 0;
        for (int y = (int) top; y < bottom; y++) {
            double wy = Math.min(y + 1, bottom) - Math.max(y, top);
            for (int x = (int) left; x < right; x++) {
                double w = wy * (Math.min(x + 1, right) - Math.max(x, left));
                sum += w * pixels[y * width + x];
                weight += w;
            }
        }
        return (float) (sum / weight);
    }

    private float bilinear(double fx, double fy) {
        fx = Math.max(0, Math.min(width - 1, fx));
        fy = Math.max(0, Math.min(height - 1, fy));
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(x0 + 1, width - 1);
        int y1 = Math.min(y0 + 1, height - 1);
        double ax = fx - x0;
        double ay = fy - y0;
        double top = pixels[y0 * width + x0] * (1 - ax) + pixels[y0 * width + x1] * ax;
        double bottom = pixels[y1 * width + x0] * (1 - ax) + pixels[y1 * width + x1] * ax;
        return (float) (top * (1 - ay) + bottom * ay);
    }

    private static void validate(int width, int height, float[] pixels) {
        requireSize(width, height, pixels.length);
        for (int i = 0; i < pixels.length; i++) {
            float v = pixels[i];
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(
                        "Pixel (" + (i % width) + "," + (i / width) + ") is " + v + "; expected a value in [0, 1]");
            }
        }
    }

    private static void requireSize(int width, int height, int length) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Image size must be positive, got " + width + "x" + height);
        }
        if ((long) width * height != length) {
            throw new IllegalArgumentException(
                    "A " + width + "x" + height + " image needs " + (long) width * height + " pixels, got " + length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrayImage
                && ((GrayImage) o).width == width
                && ((GrayImage) o).height == height
                && Arrays.equals(((GrayImage) o).pixels, pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return "GrayImage[" + width + "x" + height + "]";
    }
}
