package org.fer4j.augment;

import java.util.random.RandomGenerator;

/** Rotates about the image centre by an angle drawn uniformly from [-maxDegrees, maxDegrees]. */
public final class Rotation implements RandomWarp {

    private final double maxDegrees;

    /** Creates a rotation of at most {@code maxDegrees} either way; must be in [0, 180]. */
    public Rotation(double maxDegrees) {
        this.maxDegrees = Require.inRange("Rotation maxDegrees", maxDegrees, 0, 180);
    }

    /** The largest angle drawn, in degrees. */
    public double maxDegrees() {
        return maxDegrees;
    }

    @Override
    public AffineWarp draw(int width, int height, RandomGenerator random) {
        return AffineWarp.identity().rotate(Draw.symmetric(random, maxDegrees));
    }

    @Override
    public String toString() {
        return "Rotation[±" + maxDegrees + "°]";
    }
}
