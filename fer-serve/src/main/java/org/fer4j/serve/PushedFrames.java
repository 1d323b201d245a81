package org.fer4j.serve;

import java.util.Optional;
import org.fer4j.video.source.FrameSource;
import org.fer4j.video.source.VideoFrame;

/**
 * The frame source of a stream client: its frames are pushed to {@code EmotionPipeline.process} as
 * they arrive over the socket, so there is never a frame to pull and {@link #next()} is empty.
 */
final class PushedFrames implements FrameSource {

    private final String description;

    PushedFrames(String description) {
        this.description = description;
    }

    /** Always empty: frames are pushed, not pulled. */
    @Override
    public Optional<VideoFrame> next() {
        return Optional.empty();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public double frameRate() {
        return Double.NaN;
    }

    /** Nothing to release: the socket belongs to the server. */
    @Override
    public void close() {}
}
