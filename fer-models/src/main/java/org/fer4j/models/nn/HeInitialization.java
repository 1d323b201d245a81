package org.fer4j.models.nn;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.initializer.XavierInitializer.FactorType;
import ai.djl.training.initializer.XavierInitializer.RandomType;

/**
 * The weight initialisation fer4j trains from: He (Kaiming) normal, i.e. Gaussian with variance
 * 2 / fan-in, which suits the ReLU networks here better than DJL's default.
 */
public final class HeInitialization {

    private HeInitialization() {}

    /** Sets He initialisation on every weight of a block that is not initialised yet. */
    public static void applyTo(Block block) {
        block.setInitializer(new XavierInitializer(RandomType.GAUSSIAN, FactorType.IN, 2), Parameter.Type.WEIGHT);
    }
}
