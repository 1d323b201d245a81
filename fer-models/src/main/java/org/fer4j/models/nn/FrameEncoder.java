package org.fer4j.models.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.fer4j.models.ModelSpec;

/**
 * The per-frame CNN: convolutional trunk, spatial pooling (global average or attention) and a dense
 * ReLU layer with dropout. Maps faces (B, 1, S, S) to features (B, D); with attention it also
 * outputs the map {@link SpatialAttentionPool#ATTENTION} (B, h, w).
 *
 * <p>This is the encoder contract a custom encoder must honour too: input one (B, 1, S, S) array,
 * output the (B, D) features first and optionally a named attention map.
 */
public final class FrameEncoder extends AbstractBlock {

    private final Block trunk;
    private final Block pool;
    private final Block dense;

    /** Builds the encoder a spec describes. */
    public FrameEncoder(ModelSpec spec) {
        trunk = addChildBlock("trunk", ConvTrunk.of(spec));
        int last = spec.channels()[spec.channels().length - 1];
        pool =
                addChildBlock(
                        "pool",
                        spec.attention()
                                ? new SpatialAttentionPool(Math.max(8, last / 8))
                                : Pool.globalAvgPool2dBlock());
        SequentialBlock head =
                new SequentialBlock()
                        .add(Linear.builder().setUnits(spec.featureSize()).build())
                        .add(Activation.reluBlock());
        if (spec.dropout() > 0) {
            head.add(Dropout.builder().optRate(spec.dropout()).build());
        }
        dense = addChildBlock("dense", head);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList maps = trunk.forward(store, inputs, training, params);
        NDList pooled = pool.forward(store, maps, training, params);
        NDList features = dense.forward(store, new NDList(pooled.head()), training, params);
        if (pooled.size() > 1) {
            features.add(pooled.get(1));
        }
        return features;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] maps = trunk.getOutputShapes(inputShapes);
        Shape[] pooled = pool.getOutputShapes(maps);
        Shape features = dense.getOutputShapes(new Shape[] {pooled[0]})[0];
        return pooled.length > 1 ? new Shape[] {features, pooled[1]} : new Shape[] {features};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        trunk.initialize(manager, dataType, inputShapes);
        Shape[] maps = trunk.getOutputShapes(inputShapes);
        pool.initialize(manager, dataType, maps);
        dense.initialize(manager, dataType, pool.getOutputShapes(maps)[0]);
    }
}
