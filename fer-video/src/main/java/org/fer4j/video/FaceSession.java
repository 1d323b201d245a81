package org.fer4j.video;

import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;

/**
 * The temporal state of one tracked face: each call feeds the next face crop of the same person
 * and returns the scores after it. Closing it drops the state (the pipeline does so when a track is
 * lost).
 */
public interface FaceSession extends AutoCloseable {

    /**
     * Feeds the next face of this track, already preprocessed to the classifier's input (gray,
     * 48x48 by default, values in [0, 1]), and returns the scores after it.
     */
    EmotionScores next(GrayImage face);

    /** Drops the carried state; the session must not be used afterwards. */
    @Override
    void close();
}
