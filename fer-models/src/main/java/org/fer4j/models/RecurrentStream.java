package org.fer4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.models.nn.RecurrentHead;

/**
 * Streaming inference for one tracked face: each frame runs the CNN once and the recurrent head over
 * that frame's steps (one, or one per row region for region-sequence models) from the carried state,
 * so frame t costs one frame, not a re-run over t frames. Models
 * without recurrence score each frame on its own. The carried state lives in this stream's own
 * native memory scope, replaced (not accumulated) at every step.
 */
final class RecurrentStream implements EmotionStream {

    private final Block block;
    private final NDManager manager;
    private final LabelSet labels;
    private final int side;
    private NDList state = new NDList();
    private int frames;

    RecurrentStream(Block block, NDManager parent, LabelSet labels, int side) {
        this.block = block;
        this.manager = parent.newSubManager();
        this.labels = labels;
        this.side = side;
    }

    @Override
    public synchronized EmotionScores next(GrayImage face) {
        GrayImage input = face.resized(side, side);
        try (NDManager step = manager.newSubManager()) {
            NDArray x = step.create(input.pixels(), new Shape(1, 1, 1, side, side));
            NDList inputs = new NDList(x);
            inputs.addAll(state);
            NDList out = block.forward(new ParameterStore(step, false), inputs, false);
            NDList next = new NDList();
            for (String name : new String[] {RecurrentHead.STATE_H, RecurrentHead.STATE_C}) {
                NDArray carried = out.get(name);
                if (carried != null) {
                    carried.attach(manager);
                    carried.setName(name);
                    next.add(carried);
                }
            }
            EmotionScores scores = EmotionScores.fromLogits(labels, out.head().toFloatArray());
            state.close();
            state = next;
            frames++;
            return scores;
        }
    }

    @Override
    public synchronized void reset() {
        state.close();
        state = new NDList();
        frames = 0;
    }

    @Override
    public synchronized int framesSeen() {
        return frames;
    }

    @Override
    public synchronized void close() {
        state = new NDList();
        manager.close();
    }
}
