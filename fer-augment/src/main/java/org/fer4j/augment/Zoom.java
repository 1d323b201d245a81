package org.fer4j.augment;

import java.util.random.RandomGenerator;

/** Scales about the image centre by a factor drawn uniformly from [minScale, maxScale]; above 1 zooms in. */
public final class Zoom implements RandomWarp {

    private final double minScale;
    private final double maxScale;

    /** Creates a zoom; both bounds must be finite and positive, with {@code minScale <= maxScale}. */
    public Zoom(double minScale, double maxScale) {
        this.minScale = Require.positive("Zoom minScale", minScale);
        this.maxScale = Require.positive("Zoom maxScale", maxScale);
        Require.ordered("Zoom minScale", minScale, "maxScale", maxScale);
    }

    /** The smallest scale factor drawn. */
    public double minScale() {
        return minScale;
    }

    /** The largest scale factor drawn. */
    public double maxScale() {
        return maxScale;
    }

    @Override
    public AffineWarp draw(int width, int height, RandomGenerator random) {
        return AffineWarp.identity().scale(Draw.between(random, minScale, maxScale));
    }

    @Override
    public String toString() {
        return "Zoom[" + minScale + ".." + maxScale + "]";
    }
}
