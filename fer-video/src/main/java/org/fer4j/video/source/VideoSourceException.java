package org.fer4j.video.source;

/**
 * A frame source could not be opened or read; names the source and the frame index reached
 * (frames before it were delivered and stay valid).
 */
public class VideoSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long frameIndex;

    /** An error reading {@code source} at {@code frameIndex} (0 when it failed while opening). */
    public VideoSourceException(String source, long frameIndex, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.frameIndex = frameIndex;
    }

    /** The file or device that failed. */
    public String source() {
        return source;
    }

    /** The index of the frame that could not be read, i.e. how many frames were delivered. */
    public long frameIndex() {
        return frameIndex;
    }
}
