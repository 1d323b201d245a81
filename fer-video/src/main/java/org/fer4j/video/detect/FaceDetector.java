package org.fer4j.video.detect;

import java.util.List;
import org.fer4j.video.source.VideoFrame;

/**
 * Finds the faces in a frame. Implementations keep native resources and are not thread-safe: use
 * one detector per thread, and close it when done. Plug in your own to replace the shipped ones.
 */
public interface FaceDetector extends AutoCloseable {

    /** The faces in the frame, most confident first; empty when there is none. */
    List<Detection> detect(VideoFrame frame);

    /** Releases native resources; does nothing by default, so a lambda can be a detector. */
    @Override
    default void close() {}
}
