package org.fer4j.augment;

import java.util.random.RandomGenerator;
import org.fer4j.core.Clip;

/**
 * Random Erasing (Zhong et al., 2020): paints one axis-aligned rectangle covering a fraction of the
 * frame drawn uniformly from [minAreaFraction, maxAreaFraction], with aspect ratio (height / width)
 * drawn log-uniformly from [0.3, 1 / 0.3], at a uniformly drawn position fully inside the frame. The
 * rectangle and its fill are drawn once per clip and painted identically into every frame.
 *
 * <p>Whole pixels are erased, so the drawn area is rounded: the rectangle's pixel count is kept
 * within [ceil(min * N), floor(max * N)] for an N-pixel frame, choosing the height closest to the
 * drawn aspect ratio that allows it. Only when no rectangle on the pixel grid fits that range (a
 * range narrower than the grid can express, e.g. min = max on a tiny frame) is the closest rounding
 * of the drawn shape used instead.
 */
public final class RandomErasing implements Augmentation {

    /** Smallest aspect ratio (height / width) drawn; the largest is its reciprocal. */
    public static final double MIN_ASPECT_RATIO = 0.3;

    private static final double LOG_MIN_RATIO = Math.log(MIN_ASPECT_RATIO);

    private final double minAreaFraction;
    private final double maxAreaFraction;
    private final ErasingFill fill;

    /** Creates the transform; fractions must satisfy {@code 0 < min <= max <= 1}. */
    public RandomErasing(double minAreaFraction, double maxAreaFraction, ErasingFill fill) {
        this.minAreaFraction = Require.inRange("Erasing minAreaFraction", minAreaFraction, 0, 1);
        this.maxAreaFraction = Require.inRange("Erasing maxAreaFraction", maxAreaFraction, 0, 1);
        if (minAreaFraction == 0) {
            throw new IllegalArgumentException("Erasing minAreaFraction must be > 0, got 0.0");
        }
        Require.ordered("Erasing minAreaFraction", minAreaFraction, "maxAreaFraction", maxAreaFraction);
        if (fill == null) {
            throw new IllegalArgumentException("Erasing fill must not be null");
        }
        this.fill = fill;
    }

    /** The smallest erased fraction of the frame. */
    public double minAreaFraction() {
        return minAreaFraction;
    }

    /** The largest erased fraction of the frame. */
    public double maxAreaFraction() {
        return maxAreaFraction;
    }

    /** What the rectangle is painted with. */
    public ErasingFill fill() {
        return fill;
    }

    @Override
    public Clip apply(Clip clip, RandomGenerator random) {
        int width = clip.width();
        int height = clip.height();
        long pixels = (long) width * height;
        long minArea = Math.max(1, (long) Math.ceil(minAreaFraction * pixels - 1e-9));
        long maxArea = (long) Math.floor(maxAreaFraction * pixels + 1e-9);
        double target = Draw.between(random, minAreaFraction, maxAreaFraction) * pixels;
        double ratio = Math.exp(Draw.symmetric(random, -LOG_MIN_RATIO));
        int h = chooseHeight(width, height, minArea, maxArea, Math.sqrt(target * ratio));
        int w = clamp(Math.round(target / h), 1, width);
        if (minWidth(minArea, h) <= maxWidth(width, maxArea, h)) {
            w = clamp(w, minWidth(minArea, h), maxWidth(width, maxArea, h));
        }
        int left = random.nextInt(width - w + 1);
        int top = random.nextInt(height - h + 1);
        float[] paint = fill.values(w * h, random);
        int rectWidth = w;
        return Frames.map(clip, (frame, fw, fh) -> {
            for (int r = 0; r < h; r++) {
                System.arraycopy(paint, r * rectWidth, frame, (top + r) * fw + left, rectWidth);
            }
            return frame;
        });
    }

    /** The height nearest {@code ideal} that admits an in-range width, or the clamped rounding if none does. */
    private static int chooseHeight(int width, int height, long minArea, long maxArea, double ideal) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int h = 1; h <= height; h++) {
            double distance = Math.abs(h - ideal);
            if (distance < bestDistance && minWidth(minArea, h) <= maxWidth(width, maxArea, h)) {
                best = h;
                bestDistance = distance;
            }
        }
        return best > 0 ? best : clamp((int) Math.round(ideal), 1, height);
    }

    /** The narrowest width whose area at height {@code h} reaches {@code minArea}. */
    private static long minWidth(long minArea, int h) {
        return Math.max(1, (minArea + h - 1) / h);
    }

    /** The widest width, within the frame, whose area at height {@code h} stays within {@code maxArea}. */
    private static long maxWidth(int width, long maxArea, int h) {
        return Math.min(width, maxArea / h);
    }

    private static int clamp(long v, long lo, long hi) {
        return (int) (v < lo ? lo : (v > hi ? hi : v));
    }

    @Override
    public String toString() {
        return "RandomErasing[" + minAreaFraction + ".." + maxAreaFraction + " of the frame, " + fill + "]";
    }
}
