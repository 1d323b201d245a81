package org.fer4j.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.fer4j.models.ModelSpec;

/**
 * The hybrid CNN-RNN: runs a frame encoder on every frame of a clip batch (N, T, 1, S, S), then a
 * temporal head over the (N, T, D) features, or, when the encoder reads each frame as R regions
 * (B, R, D), over the (N, T*R, D) sequence of regions: frame after frame, the regions of a frame in
 * order. Outputs logits (N, K) first, then, when present, the attention map {@value
 * SpatialAttentionPool#ATTENTION} (N, T, h, w) and the recurrent state ({@value
 * RecurrentHead#STATE_H}, {@value RecurrentHead#STATE_C}).
 *
 * <p>Encoder and head are pluggable: any encoder mapping (B, 1, S, S) to (B, D) features or (B, R,
 * D) region features and any head mapping (N, steps, D) to (N, K) logits can be combined, e.g. to
 * try a new head on our encoder.
 */
public final class EmotionNet extends AbstractBlock {

    private final Block encoder;
    private final Block head;

    /**
     * Combines an encoder and a head.
     *
     * @param encoder per-frame block: (B, 1, S, S) -> (B, D) or (B, R, D) [+ named attention map]
     * @param head temporal block: (N, steps, D) [+ named state] -> (N, K) [+ named state], where
     *     steps is T, or T*R for a region encoder
     */
    public EmotionNet(Block encoder, Block head) {
        this.encoder = addChildBlock("encoder", encoder);
        this.head = addChildBlock("head", head);
    }

    /** The built-in network a spec describes. */
    public static EmotionNet of(ModelSpec spec) {
        return new EmotionNet(
                new FrameEncoder(spec),
                new RecurrentHead(spec.temporal(), spec.hiddenSize(), spec.labels().size()));
    }

    /** The per-frame encoder. */
    public Block encoder() {
        return encoder;
    }

    /** The temporal head. */
    public Block head() {
        return head;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray clips = inputs.head();
        Shape shape = clips.getShape();
        if (shape.dimension() != 5) {
            throw new IllegalArgumentException(
                    "Expected clips of shape (N, T, 1, S, S) but got " + shape);
        }
        long n = shape.get(0);
        long t = shape.get(1);
        NDArray frames = clips.reshape(n * t, shape.get(2), shape.get(3), shape.get(4));
        NDList encoded = encoder.forward(store, new NDList(frames), training, params);
        NDArray features = encoded.head();
        NDList headInputs = new NDList(features.reshape(headShape(n, t, features.getShape())));
        for (int i = 1; i < inputs.size(); i++) {
            headInputs.add(inputs.get(i));
        }
        NDList out = head.forward(store, headInputs, training, params);
        NDList result = new NDList(out.head());
        NDArray attention = encoded.get(SpatialAttentionPool.ATTENTION);
        if (attention != null) {
            Shape map = attention.getShape();
            NDArray perClip = attention.reshape(n, t, map.get(1), map.get(2));
            perClip.setName(SpatialAttentionPool.ATTENTION);
            result.add(perClip);
        }
        for (int i = 1; i < out.size(); i++) {
            result.add(out.get(i));
        }
        return result;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        long n = in.get(0);
        long t = in.get(1);
        Shape[] encoded = encoder.getOutputShapes(new Shape[] {frameShape(in)});
        Shape[] out = head.getOutputShapes(new Shape[] {headShape(n, t, encoded[0])});
        int extra = encoded.length > 1 ? 1 : 0;
        Shape[] result = new Shape[out.length + extra];
        result[0] = out[0];
        if (extra == 1) {
            result[1] = new Shape(n, t, encoded[1].get(1), encoded[1].get(2));
        }
        System.arraycopy(out, 1, result, 1 + extra, out.length - 1);
        return result;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        Shape frames = frameShape(in);
        encoder.initialize(manager, dataType, frames);
        Shape features = encoder.getOutputShapes(new Shape[] {frames})[0];
        head.initialize(manager, dataType, headShape(in.get(0), in.get(1), features));
    }

    /**
     * The head's input for {@code n} clips of {@code t} frames: (N, T, D) from frame features (N*T,
     * D), or (N, T*R, D) from region features (N*T, R, D), the regions of each frame kept together.
     */
    private static Shape headShape(long n, long t, Shape features) {
        switch (features.dimension()) {
            case 2:
                return new Shape(n, t, features.get(1));
            case 3:
                return new Shape(n, t * features.get(1), features.get(2));
            default:
                throw new IllegalArgumentException(
                        "The encoder must output features (B, D) or region features (B, R, D), got " + features);
        }
    }

    private static Shape frameShape(Shape clips) {
        return new Shape(clips.get(0) * clips.get(1), clips.get(2), clips.get(3), clips.get(4));
    }
}
