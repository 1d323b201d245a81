package org.fer4j.video.source;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.time.Duration;
import org.fer4j.core.GrayImage;
import org.fer4j.core.preprocess.FacePreprocessor;

/**
 * One decoded frame: its position in the source, its presentation time and its pixels. The image
 * belongs to this frame alone (sources never reuse it), so frames stay valid after later ones are
 * read. Gray views are computed on first use and cached.
 */
public final class VideoFrame {

    private final long index;
    private final long timestampMicros;
    private final BufferedImage image;
    private byte[] luma;
    private GrayImage gray;

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
        this.image = image;
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
        return image.getWidth();
    }

    /** Height in pixels. */
    public int height() {
        return image.getHeight();
    }

    /** The colour image (sources deliver {@link BufferedImage#TYPE_3BYTE_BGR}); do not modify it. */
    public BufferedImage image() {
        return image;
    }

    /** The frame as a grayscale image in [0, 1] (BT.601 luma), e.g. for cropping faces. */
    public synchronized GrayImage gray() {
        if (gray == null) {
            gray = GrayImage.fromBytes(width(), height(), luma());
        }
        return gray;
    }

    /**
     * The 8-bit BT.601 luma of every pixel, row-major; the array is shared, so callers must not
     * modify it.
     */
    public synchronized byte[] luma() {
        if (luma == null) {
            luma = computeLuma(image);
        }
        return luma;
    }

    private static byte[] computeLuma(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h];
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && image.getRaster().getParent() == null) {
            byte[] bgr = buffer.getData();
            for (int i = 0, p = 0; i < out.length; i++, p += 3) {
                int b = bgr[p] & 0xFF;
                int g = bgr[p + 1] & 0xFF;
                int r = bgr[p + 2] & 0xFF;
                // Fixed-point BT.601: 0.299 R + 0.587 G + 0.114 B, rounded.
                out[i] = (byte) ((19595 * r + 38470 * g + 7471 * b + 32768) >> 16);
            }
            return out;
        }
        GrayImage gray = FacePreprocessor.toGray(image);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (byte) Math.round(gray.get(x, y) * 255f);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "VideoFrame[" + index + " @" + timestampMicros + "us " + width() + "x" + height() + "]";
    }
}
