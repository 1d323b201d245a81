package org.fer4j.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Pools a feature map (B, C, h, w) into one vector per image (B, C) with learned spatial attention:
 * a small 1x1-conv scorer rates every cell, a softmax over the h*w cells turns the ratings into
 * weights that sum to one, and the features are averaged with those weights. The weights are
 * returned as a second output named {@value #ATTENTION} of shape (B, h, w), so a caller can see
 * which face regions drove a prediction.
 */
public final class SpatialAttentionPool extends AbstractBlock {

    /** Name of the attention-map output. */
    public static final String ATTENTION = "attention";

    private final SequentialBlock scorer;

    /**
     * Creates the pool.
     *
     * @param scorerChannels hidden channels of the 1x1-conv scorer
     */
    public SpatialAttentionPool(int scorerChannels) {
        scorer =
                addChildBlock(
                        "scorer",
                        new SequentialBlock()
                                .add(conv1x1(scorerChannels))
                                .add(Activation.reluBlock())
                                .add(conv1x1(1)));
    }

    private static Conv2d conv1x1(int filters) {
        return Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(filters).build();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray features = inputs.head();
        Shape shape = features.getShape();
        long batch = shape.get(0);
        long channels = shape.get(1);
        long h = shape.get(2);
        long w = shape.get(3);
        NDArray scores = scorer.forward(store, new NDList(features), training, params).head();
        NDArray weights = scores.reshape(batch, h * w).softmax(1);
        NDArray pooled =
                features.reshape(batch, channels, h * w).mul(weights.expandDims(1)).sum(new int[] {2});
        NDArray map = weights.reshape(batch, h, w);
        map.setName(ATTENTION);
        return new NDList(pooled, map);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1)), new Shape(in.get(0), in.get(2), in.get(3))};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        scorer.initialize(manager, dataType, inputShapes[0]);
    }
}
