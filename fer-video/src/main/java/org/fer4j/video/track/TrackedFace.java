package org.fer4j.video.track;

import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;

/** A detection seen in the current frame (box, key points, score), with the id of the track it belongs to. */
public record TrackedFace(int trackId, Detection detection) {

    /** Validates that the detection is present. */
    public TrackedFace {
        if (detection == null) {
            throw new IllegalArgumentException("Track " + trackId + " needs its detection");
        }
    }

    /** The face box in frame pixels. */
    public BoundingBox box() {
        return detection.box();
    }

    /** The detector's confidence. */
    public float score() {
        return detection.score();
    }
}
