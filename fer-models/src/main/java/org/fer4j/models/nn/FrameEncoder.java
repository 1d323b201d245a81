package org.fer4j.models.nn;

import ai.djl.ndarray.NDArray;
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
 * The per-frame CNN: convolutional trunk, then a dense ReLU layer with dropout over either the pooled
 * feature map (global average or attention) or, in {@link ModelSpec#regionSequence() region-sequence}
 * mode, each row of the feature map. Maps faces (B, 1, S, S) to features (B, D), or to one feature
 * vector per row region (B, h, D) in region-sequence mode; with attention it also outputs the map
 * {@value SpatialAttentionPool#ATTENTION} (B, h, w).
 *
 * <p>This is the encoder contract a custom encoder must honour too: input one (B, 1, S, S) array,
 * output the features first, (B, D) or a sequence of regions (B, R, D), and optionally a named
 * attention map.
 */
public final class FrameEncoder extends AbstractBlock {

    private final Block trunk;
    private final Block pool;
    private final Block dense;

    /** Builds the encoder a spec describes. */
    public FrameEncoder(ModelSpec spec) {
        trunk = addChildBlock("trunk", ConvTrunk.of(spec));
        int last = spec.channels()[spec.channels().length - 1];
        if (spec.regionSequence()) {
            pool = null;
        } else {
            pool =
                    addChildBlock(
                            "pool",
                            spec.attention()
                                    ? new SpatialAttentionPool(Math.max(8, last / 8))
                                    : Pool.globalAvgPool2dBlock());
        }
        SequentialBlock head =
                new SequentialBlock()
                        .add(Linear.builder().setUnits(spec.featureSize()).build())
                        .add(Activation.reluBlock());
        if (spec.dropout() > 0) {
            head.add(Dropout.builder().optRate(spec.dropout()).build());
        }
        dense = addChildBlock("dense", head);
    }

    /** Whether this encoder outputs one feature vector per row region (B, h, D) rather than (B, D). */
    public boolean regionSequence() {
        return pool == null;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray maps = trunk.forward(store, inputs, training, params).head();
        if (regionSequence()) {
            return dense.forward(store, new NDList(rows(maps)), training, params);
        }
        NDList pooled = pool.forward(store, new NDList(maps), training, params);
        NDList features = dense.forward(store, new NDList(pooled.head()), training, params);
        if (pooled.size() > 1) {
            features.add(pooled.get(1));
        }
        return features;
    }

    /** The feature map (B, C, h, w) as its rows top to bottom, each row's C*w values in one vector: (B, h, C*w). */
    private static NDArray rows(NDArray maps) {
        return maps.transpose(0, 2, 1, 3).reshape(rowsShape(maps.getShape()));
    }

    private static Shape rowsShape(Shape maps) {
        return new Shape(maps.get(0), maps.get(2), maps.get(1) * maps.get(3));
    }

    /** The shape the dense layer reads: the pooled vector, or the row regions in region-sequence mode. */
    private Shape[] denseInputShapes(Shape[] maps) {
        return regionSequence() ? new Shape[] {rowsShape(maps[0])} : pool.getOutputShapes(maps);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] toDense = denseInputShapes(trunk.getOutputShapes(inputShapes));
        Shape features = dense.getOutputShapes(new Shape[] {toDense[0]})[0];
        return toDense.length > 1 ? new Shape[] {features, toDense[1]} : new Shape[] {features};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        trunk.initialize(manager, dataType, inputShapes);
        Shape[] maps = trunk.getOutputShapes(inputShapes);
        if (!regionSequence()) {
            pool.initialize(manager, dataType, maps);
        }
        dense.initialize(manager, dataType, denseInputShapes(maps)[0]);
    }
}
