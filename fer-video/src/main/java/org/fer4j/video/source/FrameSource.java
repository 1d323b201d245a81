package org.fer4j.video.source;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A stream of decoded frames, from a video file, a camera or anything else; read with {@link
 * #next()} until it is empty, and close it when done.
 */
public interface FrameSource extends AutoCloseable {

    /**
     * Decodes the next frame, or returns empty at the end of the source.
     *
     * @throws VideoSourceException when the source is broken; frames already returned stay valid
     */
    Optional<VideoFrame> next();

    /** What this source reads, e.g. the file path or camera device, for messages and reports. */
    String description();

    /** The nominal frame rate in frames per second, or {@link Double#NaN} when unknown. */
    double frameRate();

    /** Feeds every remaining frame to an action, in order. */
    default void forEachRemaining(Consumer<? super VideoFrame> action) {
        for (Optional<VideoFrame> frame = next(); frame.isPresent(); frame = next()) {
            action.accept(frame.get());
        }
    }

    /** Releases the decoder and the file or device. */
    @Override
    void close();
}
