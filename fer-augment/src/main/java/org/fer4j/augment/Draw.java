package org.fer4j.augment;

import java.util.random.RandomGenerator;

/** Uniform draws that, unlike {@link RandomGenerator#nextDouble(double, double)}, accept an empty range. */
final class Draw {

    private Draw() {
    }

    /** A uniform value in [low, high); exactly {@code low} when the range is empty. Always consumes one draw. */
    static double between(RandomGenerator random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** A uniform value in [-max, max). Always consumes one draw. */
    static double symmetric(RandomGenerator random, double max) {
        return between(random, -max, max);
    }
}
