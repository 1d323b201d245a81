package org.fer4j.augment;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** What {@link RandomErasing} paints into the erased rectangle. */
public interface ErasingFill {

    /**
     * Draws the {@code count} values of the rectangle (row-major), once per clip, so every frame is
     * painted identically. Values must lie in [0, 1].
     */
    float[] values(int count, RandomGenerator random);

    /** Paints a single constant intensity in [0, 1]. */
    static ErasingFill constant(double value) {
        return new Constant((float) Require.inRange("Erasing fill value", value, 0, 1));
    }

    /** Paints independent uniform noise in [0, 1), as in Zhong et al.'s Random Erasing. */
    static ErasingFill uniformNoise() {
        return UniformNoise.INSTANCE;
    }

    /** A constant fill; build it with {@link ErasingFill#constant(double)}. */
    final class Constant implements ErasingFill {

        private final float value;

        private Constant(float value) {
            this.value = value;
        }

        /** The painted intensity. */
        public float value() {
            return value;
        }

        @Override
        public float[] values(int count, RandomGenerator random) {
            float[] out = new float[count];
            Arrays.fill(out, value);
            return out;
        }

        @Override
        public String toString() {
            return "constant " + value;
        }
    }

    /** A uniform-noise fill; obtain it with {@link ErasingFill#uniformNoise()}. */
    final class UniformNoise implements ErasingFill {

        private static final UniformNoise INSTANCE = new UniformNoise();

        private UniformNoise() {
        }

        @Override
        public float[] values(int count, RandomGenerator random) {
            float[] out = new float[count];
            for (int i = 0; i < count; i++) {
                out[i] = random.nextFloat();
            }
            return out;
        }

        @Override
        public String toString() {
            return "uniform noise";
        }
    }
}
