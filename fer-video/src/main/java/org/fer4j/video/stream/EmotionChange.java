package org.fer4j.video.stream;

import org.fer4j.core.Emotion;

/**
 * A track's displayed emotion changed at a frame. {@code from} is null for the first emotion a
 * track settles on (see {@link #isInitial()}).
 */
public record EmotionChange(int trackId, Emotion from, Emotion to, long frameIndex) {

    /** Validates that there is a new emotion. */
    public EmotionChange {
        if (to == null) {
            throw new IllegalArgumentException("An emotion change of track " + trackId + " needs a new emotion");
        }
    }

    /** Whether this is the track's first settled emotion rather than a change from another. */
    public boolean isInitial() {
        return from == null;
    }
}
