package org.fer4j.augment;

import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;

/**
 * An immutable 2-D affine transform about the image centre, resampled bilinearly in one pass; the
 * single geometric engine behind {@link Rotation}, {@link Zoom}, {@link Shift} and
 * {@link RandomAffine}.
 *
 * <p>Coordinates are pixel centres with x to the right and y down. The forward map is
 * {@code out - c = M (in - c) + t} with {@code c = ((w-1)/2, (h-1)/2)}; each output pixel is sampled
 * at the inverse image of its centre. Samples falling outside the source are filled according to the
 * {@link BorderMode} (default {@link BorderMode#REFLECT}). Bilinear weights are convex, so output
 * stays within the input's range.
 */
public final class AffineWarp {

    private static final AffineWarp IDENTITY = new AffineWarp(1, 0, 0, 1, 0, 0, BorderMode.REFLECT);

    private final double m00;
    private final double m01;
    private final double m10;
    private final double m11;
    private final double tx;
    private final double ty;
    private final BorderMode border;

    private AffineWarp(double m00, double m01, double m10, double m11, double tx, double ty, BorderMode border) {
        double det = m00 * m11 - m01 * m10;
        if (!(Math.abs(det) > 1e-12) || !Double.isFinite(det) || !Double.isFinite(tx) || !Double.isFinite(ty)) {
            throw new IllegalArgumentException(
                    "Affine matrix [[" + m00 + ", " + m01 + "], [" + m10 + ", " + m11 + "]] with translation ("
                            + tx + ", " + ty + ") is not invertible or not finite");
        }
        this.m00 = m00;
        this.m01 = m01;
        this.m10 = m10;
        this.m11 = m11;
        this.tx = tx;
        this.ty = ty;
        this.border = border;
    }

    /** The transform that leaves every pixel where it is, with reflective borders. */
    public static AffineWarp identity() {
        return IDENTITY;
    }

    /** This transform followed by {@code next}; the border mode of this transform is kept. */
    public AffineWarp then(AffineWarp next) {
        return new AffineWarp(
                next.m00 * m00 + next.m01 * m10, next.m00 * m01 + next.m01 * m11,
                next.m10 * m00 + next.m11 * m10, next.m10 * m01 + next.m11 * m11,
                next.m00 * tx + next.m01 * ty + next.tx, next.m10 * tx + next.m11 * ty + next.ty,
                border);
    }

    /** This transform followed by a rotation about the centre, counter-clockwise as displayed for positive degrees. */
    public AffineWarp rotate(double degrees) {
        if (!Double.isFinite(degrees)) {
            throw new IllegalArgumentException("Rotation angle must be finite, got " + degrees);
        }
        double rad = Math.toRadians(degrees);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        // With y pointing down, (1, 0) -> (0, -1) is a visual counter-clockwise quarter turn.
        return then(new AffineWarp(cos, sin, -sin, cos, 0, 0, border));
    }

    /** This transform followed by uniform scaling about the centre; a factor above 1 zooms in. */
    public AffineWarp scale(double factor) {
        Require.positive("Scale factor", factor);
        return then(new AffineWarp(factor, 0, 0, factor, 0, 0, border));
    }

    /** This transform followed by a translation of (dx, dy) pixels; positive moves content right and down. */
    public AffineWarp translate(double dx, double dy) {
        return then(new AffineWarp(1, 0, 0, 1, dx, dy, border));
    }

    /** The same geometry with a different treatment of samples that fall outside the image. */
    public AffineWarp withBorder(BorderMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("Border mode must not be null");
        }
        return mode == border ? this : new AffineWarp(m00, m01, m10, m11, tx, ty, mode);
    }

    /** How samples outside the image are filled. */
    public BorderMode border() {
        return border;
    }

    /** Resamples one image. */
    public GrayImage apply(GrayImage image) {
        return apply(Clip.still(image)).frame(0);
    }

    /** Resamples every frame of a clip with this same transform. */
    public Clip apply(Clip clip) {
        return Frames.map(clip, this::resample);
    }

    private float[] resample(float[] src, int w, int h) {
        double det = m00 * m11 - m01 * m10;
        double i00 = m11 / det;
        double i01 = -m01 / det;
        double i10 = -m10 / det;
        double i11 = m00 / det;
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        // Source position of output (x, y) is (ox + i00 x + i01 y, oy + i10 x + i11 y).
        double ox = cx - i00 * (cx + tx) - i01 * (cy + ty);
        double oy = cy - i10 * (cx + tx) - i11 * (cy + ty);
        // Affine maps send the output rectangle to a parallelogram, so its corners bound every sample;
        // border handling is then a lookup in per-axis tables over that range, with no branches.
        double[] xs = {ox, ox + i00 * (w - 1), ox + i01 * (h - 1), ox + i00 * (w - 1) + i01 * (h - 1)};
        double[] ys = {oy, oy + i10 * (w - 1), oy + i11 * (h - 1), oy + i10 * (w - 1) + i11 * (h - 1)};
        int xBase = (int) Math.floor(min(xs)) - 1;
        int yBase = (int) Math.floor(min(ys)) - 1;
        int[] column = borderTable(xBase, (int) Math.floor(max(xs)) + 2, w, 1);
        int[] rowStart = borderTable(yBase, (int) Math.floor(max(ys)) + 2, h, w);
        // Shifting by the (negative or small) base keeps every coordinate >= 1, so (int) truncates like floor.
        double bx = ox - xBase;
        double by = oy - yBase;
        float[] out = new float[w * h];
        for (int y = 0, o = 0; y < h; y++) {
            double rx = bx + i01 * y;
            double ry = by + i11 * y;
            for (int x = 0; x < w; x++, o++) {
                double sx = rx + i00 * x;
                double sy = ry + i10 * x;
                int kx = (int) sx;
                int ky = (int) sy;
                float ax = (float) (sx - kx);
                float ay = (float) (sy - ky);
                int xa = column[kx];
                int xb = column[kx + 1];
                int ya = rowStart[ky];
                int yb = rowStart[ky + 1];
                float top = src[ya + xa] + (src[ya + xb] - src[ya + xa]) * ax;
                float bottom = src[yb + xa] + (src[yb + xb] - src[yb + xa]) * ax;
                out[o] = top + (bottom - top) * ay;
            }
        }
        return out;
    }

    /** Entry k holds {@code stride * border.index(first + k, size)}, for indices first..last inclusive. */
    private int[] borderTable(int first, int last, int size, int stride) {
        long length = (long) last - first + 1;
        if (length > 64L * size + 64) {
            throw new IllegalArgumentException(
                    this + " samples pixels " + first + ".." + last + " of an axis only " + size
                            + " pixels long; the warp is too extreme (scale far below 1?)");
        }
        int[] table = new int[(int) length];
        for (int k = 0; k < table.length; k++) {
            table[k] = stride * border.index(first + k, size);
        }
        return table;
    }

    private static double min(double[] values) {
        return Math.min(Math.min(values[0], values[1]), Math.min(values[2], values[3]));
    }

    private static double max(double[] values) {
        return Math.max(Math.max(values[0], values[1]), Math.max(values[2], values[3]));
    }

    @Override
    public String toString() {
        return String.format(
                "AffineWarp[[%.4f, %.4f], [%.4f, %.4f]] + (%.3f, %.3f) px, %s",
                m00, m01, m10, m11, tx, ty, border);
    }
}
