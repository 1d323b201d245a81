package org.fer4j.models.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import org.fer4j.models.ModelSpec;

/**
 * Builds the per-frame convolutional trunk: stages of (3x3 conv, batch-norm, ReLU) x n, each stage
 * but the last closed by 2x2 max pooling and light dropout. Maps (B, 1, S, S) to (B, C, S/2^k, S/2^k).
 */
public final class ConvTrunk {

    private ConvTrunk() {}

    /** The trunk described by a spec. */
    public static SequentialBlock of(ModelSpec spec) {
        int[] channels = spec.channels();
        SequentialBlock trunk = new SequentialBlock();
        for (int stage = 0; stage < channels.length; stage++) {
            for (int conv = 0; conv < spec.convsPerStage(); conv++) {
                trunk.add(
                                Conv2d.builder()
                                        .setKernelShape(new Shape(3, 3))
                                        .optPadding(new Shape(1, 1))
                                        .setFilters(channels[stage])
                                        .optBias(false)
                                        .build())
                        .add(BatchNorm.builder().build())
                        .add(Activation.reluBlock());
            }
            if (stage < channels.length - 1) {
                trunk.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
                if (spec.dropout() > 0) {
                    trunk.add(Dropout.builder().optRate(spec.dropout() / 4).build());
                }
            }
        }
        return trunk;
    }
}
