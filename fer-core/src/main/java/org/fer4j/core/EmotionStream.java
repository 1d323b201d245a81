package org.fer4j.core;

/**
 * The frame-by-frame view of one face for an {@link EmotionModel}: feeding frames one at a time
 * gives the same scores as predicting the clip of all frames so far, at the cost of one frame.
 */
public interface EmotionStream extends AutoCloseable {

    /** Adds the next frame of this face and returns the scores after it. */
    EmotionScores next(GrayImage face);

    /** Forgets all frames so far, e.g. when the face was lost. */
    void reset();

    /** Frames seen since opening or the last reset. */
    int framesSeen();

    /** Frees the stream's carried state. */
    @Override
    void close();
}
