package org.fer4j.video.stream;

import org.fer4j.core.BoundingBox;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionScores;

/**
 * One face in one frame: its track, its detected box (frame pixels), the detector's confidence,
 * the model's scores for this frame, the scores after temporal smoothing, and the emotion to
 * display: the one settled by {@link Hysteresis} (so it does not flicker), or the smoothed top
 * emotion while none has settled yet for this track.
 */
public record FaceResult(
        int trackId, BoundingBox box, float detectionScore, EmotionScores scores, EmotionScores smoothedScores, Emotion emotion) {

    /** Validates that nothing is missing. */
    public FaceResult {
        if (box == null || scores == null || smoothedScores == null || emotion == null) {
            throw new IllegalArgumentException(
                    "Face result of track " + trackId + " needs a box, scores, smoothed scores and an emotion");
        }
    }

    /** The smoothed probability of {@link #emotion()}. */
    public float confidence() {
        return smoothedScores.probability(emotion);
    }
}
