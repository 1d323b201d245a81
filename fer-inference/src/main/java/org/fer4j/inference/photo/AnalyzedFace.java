package org.fer4j.inference.photo;

import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.Keypoint;

/** One face of a picture: where the detector found it and how the emotion model scored it. */
public record AnalyzedFace(Detection detection, EmotionScores scores) {

    /** Validates that both parts are present. */
    public AnalyzedFace {
        if (detection == null || scores == null) {
            throw new IllegalArgumentException("An analysed face needs its detection and its scores");
        }
    }

    /** The face box in picture pixels. */
    public BoundingBox box() {
        return detection.box();
    }

    /** The six key points in picture pixels, or none when the detector gives none. */
    public List<Keypoint> keypoints() {
        return detection.keypoints();
    }

    /** How confident the detector is that this is a face. */
    public float detectionScore() {
        return detection.score();
    }

    /** The most probable emotion. */
    public Emotion emotion() {
        return scores.top();
    }
}
