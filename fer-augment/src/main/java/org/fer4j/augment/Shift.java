package org.fer4j.augment;

import java.util.random.RandomGenerator;

/**
 * Translates by independent horizontal and vertical offsets, each drawn uniformly from
 * [-maxFraction, maxFraction] of the image width or height respectively.
 */
public final class Shift implements RandomWarp {

    private final double maxFraction;

    /** Creates a shift of at most {@code maxFraction} of the image size either way; must be in [0, 1]. */
    public Shift(double maxFraction) {
        this.maxFraction = Require.inRange("Shift maxFraction", maxFraction, 0, 1);
    }

    /** The largest offset drawn, as a fraction of the image size. */
    public double maxFraction() {
        return maxFraction;
    }

    @Override
    public AffineWarp draw(int width, int height, RandomGenerator random) {
        double dx = Draw.symmetric(random, maxFraction) * width;
        double dy = Draw.symmetric(random, maxFraction) * height;
        return AffineWarp.identity().translate(dx, dy);
    }

    @Override
    public String toString() {
        return "Shift[±" + maxFraction + "]";
    }
}
