package org.fer4j.video.stream;

import java.util.List;

/** Everything the pipeline found in one frame; {@code faces} is empty when no face was seen. */
public record FrameResult(long frameIndex, long timestampMicros, List<FaceResult> faces) {

    /** Copies the face list so the result cannot change afterwards. */
    public FrameResult {
        faces = List.copyOf(faces);
    }

    /** Whether at least one face was seen. */
    public boolean hasFaces() {
        return !faces.isEmpty();
    }
}
