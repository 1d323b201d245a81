package org.fer4j.video.stream;

import org.fer4j.core.EmotionScores;

/** The smoothing state of one track: feed each frame's scores, get the smoothed ones back. */
public interface ScoreSmoother {

    /** Adds the scores of the next frame and returns the smoothed scores up to it. */
    EmotionScores smooth(EmotionScores scores);
}
