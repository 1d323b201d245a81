package org.fer4j.core.face;

import java.util.List;
import org.fer4j.core.image.Picture;

/**
 * Finds the faces in a picture (a photo or a video frame). Implementations say whether they are
 * thread-safe; close a detector when done. Plug in your own to replace the shipped ones.
 */
public interface FaceDetector extends AutoCloseable {

    /** The faces in the picture, most confident first; empty when there is none. */
    List<Detection> detect(Picture picture);

    /** Releases native resources; does nothing by default, so a lambda can be a detector. */
    @Override
    default void close() {}
}
