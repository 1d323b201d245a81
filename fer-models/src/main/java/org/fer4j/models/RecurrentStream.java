package org.fer4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;

/**
 * Streaming inference for one tracked face through the recognizer's {@link ClipInference}: each
 * frame runs the CNN once and the recurrent head over that frame's steps from the carried state, so
 * frame t costs one frame, not a re-run over t frames, and the scores after frame t equal {@code
 * predict} of the clip of frames 1..t. With flip averaging the mirrored frames carry their own
 * recurrent state (the second row of the state) and the probabilities are averaged exactly as for a
 * clip. Models without recurrence ({@link Temporal#NONE}) score each frame on its own, as {@code
 * predict} of that frame. The carried state lives in this stream's own native memory scope, replaced
 * (not accumulated) at every step; after the recognizer is closed every call but {@link #close()}
 * and {@link #framesSeen()} throws {@link IllegalStateException}.
 */
final class RecurrentStream implements EmotionStream {

    private final ClipInference road;
    private final NDManager manager;
    private final LabelSet labels;
    private final OpenGuard recognizer;
    private NDList state = new NDList();
    private int frames;

    /** A stream whose state lives in a sub-manager of {@code parent}; call it inside the recognizer's guard. */
    RecurrentStream(ClipInference road, NDManager parent, LabelSet labels, OpenGuard recognizer) {
        this.road = road;
        this.manager = parent.newSubManager();
        this.labels = labels;
        this.recognizer = recognizer;
    }

    @Override
    public synchronized EmotionScores next(GrayImage face) {
        try (OpenGuard.Use use = recognizer.enter();
                NDManager step = manager.newSubManager()) {
            NDList out = road.run(step, road.pack(step, List.of(Clip.still(face))), state);
            EmotionScores scores = EmotionScores.normalizing(labels, road.probabilities(out, 1).toFloatArray());
            NDList next = ClipInference.state(out);
            for (NDArray carried : next) {
                carried.attach(manager);
            }
            state.close();
            state = next;
            frames++;
            return scores;
        }
    }

    @Override
    public synchronized void reset() {
        try (OpenGuard.Use use = recognizer.enter()) {
            state.close();
            state = new NDList();
            frames = 0;
        }
    }

    @Override
    public synchronized int framesSeen() {
        return frames;
    }

    @Override
    public synchronized void close() {
        if (recognizer.isClosed()) {
            return;
        }
        try (OpenGuard.Use use = recognizer.enter()) {
            state = new NDList();
            manager.close();
        } catch (IllegalStateException closedMeanwhile) {
            // The recognizer closed this stream's memory with its own.
        }
    }
}
