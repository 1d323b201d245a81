package org.fer4j.video.stream;

import org.fer4j.video.source.VideoFrame;

/**
 * Receives the pipeline's results as frames are processed, on the pipeline's thread; both methods
 * do nothing by default, so implement the ones you need.
 */
public interface EmotionListener {

    /**
     * Called once per frame, faces or not, with the decoded frame (for drawing; do not modify its
     * image).
     */
    default void onFrame(FrameResult result, VideoFrame frame) {}

    /** Called after {@link #onFrame} when a track's displayed emotion settles or changes. */
    default void onEmotionChanged(EmotionChange change) {}
}
