package org.fer4j.video.source;

import java.awt.image.BufferedImage;
import java.time.Duration;
import org.fer4j.core.GrayImage;
import org.fer4j.core.image.Picture;

/**
 * One decoded frame: its position in the source, its presentation time and its pixels. The image
 * belongs to this frame alone (sources never reuse it), so frames stay valid after later ones are
 * read. Its {@link Picture} computes the gray views on first use and caches them.
 */
public final class VideoFrame {

    private final long index;
    private final long timestampMicros;
    private final Picture picture;

    /** A frame with a 0-based index, a presentation time in microseconds and its image. */
    public VideoFrame(long index, long timestampMicros, BufferedImage image) {
        if (index < 0) {
            throw new IllegalArgumentException("Frame index must be >= 0, got " + index);
        }
        if (image == null) {
            throw new IllegalArgumentException("Frame " + index + " has no image");
        }
        this.index = index;
        this.timestampMicros = timestampMicros;
        this.picture = Picture.of(image);
    }

    /** The 0-based position of this frame in its source. */
    public long index() {
        return index;
    }

    /** The presentation time in microseconds since the start of the source. */
    public long timestampMicros() {
        return timestampMicros;
    }

    /** The presentation time since the start of the source. */
    public Duration timestamp() {
        return Duration.ofNanos(timestampMicros * 1000);
    }

    /** Width in pixels. */
    public int width() {
        return picture.width();
    }

    /** Height in pixels. */
    public int height() {
        return picture.height();
    }

    /** The colour image (sources deliver {@link BufferedImage#TYPE_3BYTE_BGR}); do not modify it. */
    public BufferedImage image() {
        return picture.image();
    }

    /** The frame as a picture, what face detectors take. */
    public Picture picture() {
        return picture;
    }

    /** The frame as a grayscale image in [0, 1] (BT.601 luma), e.g. for cropping faces. */
    public GrayImage gray() {
        return picture.gray();
    }

    /**
     * The 8-bit BT.601 luma of every pixel, row-major; the array is shared, so callers must not
     * modify it.
     */
    public byte[] luma() {
        return picture.luma();
    }

    @Override
    public String toString() {
        return "VideoFrame[" + index + " @" + timestampMicros + "us " + width() + "x" + height() + "]";
    }
}
