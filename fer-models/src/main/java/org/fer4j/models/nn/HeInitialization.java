package org.fer4j.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import java.util.SplittableRandom;

/**
 * The weight initialisation fer4j trains from: He (Kaiming) normal, i.e. Gaussian with variance
 * 2 / fan-in, which suits the ReLU networks here better than DJL's default. The draws come from a
 * generator seeded here, not from the engine's global one, so two networks built with the same seed
 * start from identical weights whatever ran before.
 */
public final class HeInitialization implements Initializer {

    /** The seed of networks built without one. */
    public static final long DEFAULT_SEED = 42;

    private final SplittableRandom random;

    private HeInitialization(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Sets He initialisation with {@link #DEFAULT_SEED} on every weight of a block not initialised yet. */
    public static void applyTo(Block block) {
        applyTo(block, DEFAULT_SEED);
    }

    /**
     * Sets seeded He initialisation on every weight of a block not initialised yet; the weights are
     * drawn in the block's parameter order when it is initialised.
     */
    public static void applyTo(Block block, long seed) {
        block.setInitializer(new HeInitialization(seed), Parameter.Type.WEIGHT);
    }

    /** Draws one weight tensor: N(0, 2 / fan-in), fan-in = input channels x kernel area. */
    @Override
    public synchronized NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        long fanIn = shape.dimension() > 1 ? shape.size() / shape.get(0) : shape.size();
        double sigma = Math.sqrt(2.0 / Math.max(1, fanIn));
        SplittableRandom draws = random.split();
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (draws.nextGaussian() * sigma);
        }
        return manager.create(values, shape).toType(dataType, false);
    }
}
