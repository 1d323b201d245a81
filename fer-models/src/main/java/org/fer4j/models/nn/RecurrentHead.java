package org.fer4j.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.GRU;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.nn.recurrent.RecurrentBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.fer4j.models.Temporal;

/**
 * The temporal head: reads a sequence of features (N, steps, D) with an LSTM or GRU (or averages
 * them over the steps for {@link Temporal#NONE}) and classifies the last step into logits (N, K).
 * A step is a frame, or, for a region-sequence encoder, one row region of a frame.
 *
 * <p>Streaming: after the features the input may carry the recurrent state of a previous call
 * ({@value #STATE_H} and, for LSTM, {@value #STATE_C}, each (1, N, H)); the output always carries
 * the state after the last frame under the same names, so feeding a clip frame by frame with the
 * state handed on gives the same logits as feeding it whole.
 */
public final class RecurrentHead extends AbstractBlock {

    /** Name of the hidden-state array in inputs and outputs. */
    public static final String STATE_H = "state_h";
    /** Name of the LSTM cell-state array in inputs and outputs. */
    public static final String STATE_C = "state_c";

    private final Temporal temporal;
    private final RecurrentBlock rnn;
    private final Block classifier;

    /**
     * Creates the head.
     *
     * @param temporal the recurrence, or none
     * @param hiddenSize LSTM/GRU state size
     * @param classes number of output classes
     */
    public RecurrentHead(Temporal temporal, int hiddenSize, int classes) {
        this.temporal = temporal;
        switch (temporal) {
            case LSTM:
                rnn = addChildBlock("rnn", configure(LSTM.builder(), hiddenSize).build());
                break;
            case GRU:
                rnn = addChildBlock("rnn", configure(GRU.builder(), hiddenSize).build());
                break;
            default:
                rnn = null;
        }
        classifier = addChildBlock("classifier", Linear.builder().setUnits(classes).build());
    }

    private static <B extends RecurrentBlock.BaseBuilder<B>> B configure(B builder, int hiddenSize) {
        return builder.setStateSize(hiddenSize).setNumLayers(1).optBatchFirst(true).optReturnState(true);
    }

    /** The recurrence this head uses. */
    public Temporal temporal() {
        return temporal;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray features = inputs.head();
        if (rnn == null) {
            return classifier.forward(store, new NDList(features.mean(new int[] {1})), training, params);
        }
        NDList rnnInputs = new NDList(features);
        NDArray h = inputs.get(STATE_H);
        if (h != null) {
            rnnInputs.add(h);
            if (temporal == Temporal.LSTM) {
                NDArray c = inputs.get(STATE_C);
                if (c == null) {
                    throw new IllegalArgumentException("An LSTM state needs both " + STATE_H + " and " + STATE_C);
                }
                rnnInputs.add(c);
            }
        }
        NDList out = rnn.forward(store, rnnInputs, training, params);
        long steps = features.getShape().get(1);
        NDArray last = out.head().get(new NDIndex(":, {}, :", steps - 1));
        NDList result = classifier.forward(store, new NDList(last), training, params);
        NDArray hOut = out.get(1);
        hOut.setName(STATE_H);
        result.add(hOut);
        if (temporal == Temporal.LSTM) {
            NDArray cOut = out.get(2);
            cOut.setName(STATE_C);
            result.add(cOut);
        }
        return result;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        if (rnn == null) {
            return classifier.getOutputShapes(new Shape[] {new Shape(in.get(0), in.get(2))});
        }
        long hidden = rnn.getOutputShapes(new Shape[] {in})[0].get(2);
        Shape logits = classifier.getOutputShapes(new Shape[] {new Shape(in.get(0), hidden)})[0];
        // DJL's RecurrentBlock declares a single state output, but an LSTM returns both h and c.
        Shape state = new Shape(1, in.get(0), hidden);
        return temporal == Temporal.LSTM ? new Shape[] {logits, state, state} : new Shape[] {logits, state};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        if (rnn == null) {
            classifier.initialize(manager, dataType, new Shape(in.get(0), in.get(2)));
            return;
        }
        rnn.initialize(manager, dataType, in);
        Shape rnnOut = rnn.getOutputShapes(new Shape[] {in})[0];
        classifier.initialize(manager, dataType, new Shape(in.get(0), rnnOut.get(2)));
    }
}
