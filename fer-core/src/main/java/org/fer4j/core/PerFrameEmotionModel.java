package org.fer4j.core;

import java.util.List;

/**
 * The base of an {@link EmotionModel} that scores each face on its own, e.g. a classifier of your own
 * or a test double: implement {@link #labels()} and {@link #predict(GrayImage)}; batches map it, a clip
 * scores as its last frame and a stream as each frame it is fed, so streams equal clips. Thread-safe
 * when {@code predict(GrayImage)} is; {@link #close()} does nothing unless overridden.
 */
public abstract class PerFrameEmotionModel implements EmotionModel {

    /** Scores every face with {@link #predict(GrayImage)}, in order. */
    @Override
    public List<EmotionScores> predictAll(List<GrayImage> faces) {
        return faces.stream().map(this::predict).toList();
    }

    /** The scores of the clip's last frame: a per-frame model has no temporal state. */
    @Override
    public EmotionScores predict(Clip clip) {
        return predict(clip.frame(clip.length() - 1));
    }

    /** A stream scoring each frame on its own. */
    @Override
    public EmotionStream openStream() {
        return new EmotionStream() {
            private int frames;

            @Override
            public EmotionScores next(GrayImage face) {
                EmotionScores scores = predict(face);
                frames++;
                return scores;
            }

            @Override
            public void reset() {
                frames = 0;
            }

            @Override
            public int framesSeen() {
                return frames;
            }

            @Override
            public void close() {}
        };
    }

    /** Does nothing: a per-frame model holds no native resources unless a subclass says so. */
    @Override
    public void close() {}
}
