package org.fer4j.models.export;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;

/**
 * Gives a freshly built network weights that exercise every part of an export: He-scaled random
 * weights, non-zero biases, and batch-norm statistics, scales and shifts far from DJL's initial
 * (0, 1, 1, 0), so folding them into the convolutions is really tested.
 */
final class RandomWeights {

    private RandomWeights() {}

    /** Overwrites every parameter of an initialised block, reproducibly for a seed. */
    static void apply(Block block, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (Pair<String, Parameter> pair : block.getParameters()) {
            NDArray array = pair.getValue().getArray();
            float[] values = new float[(int) array.size()];
            String name = pair.getKey();
            long shape0 = array.getShape().get(0);
            double fanIn = array.getShape().dimension() > 1 ? (double) array.size() / shape0 : 1;
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) value(name, fanIn, random);
            }
            array.set(FloatBuffer.wrap(values));
        }
    }

    private static double value(String name, double fanIn, SplittableRandom random) {
        if (name.endsWith("runningVar")) {
            return random.nextDouble(0.3, 2.0);
        }
        if (name.endsWith("gamma")) {
            return random.nextDouble(0.5, 1.5);
        }
        if (name.endsWith("runningMean") || name.endsWith("beta")) {
            return random.nextDouble(-0.3, 0.3);
        }
        if (name.toLowerCase().contains("bias")) {
            return random.nextDouble(-0.1, 0.1);
        }
        return random.nextGaussian() * Math.sqrt(2 / fanIn);
    }
}
