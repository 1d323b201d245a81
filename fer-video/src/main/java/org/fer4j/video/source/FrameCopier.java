package org.fer4j.video.source;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import org.bytedeco.javacv.Frame;

/** Copies a grabber's reused BGR24 frame buffer into an image that the frame owns. */
final class FrameCopier {

    private FrameCopier() {}

    /** A fresh {@link BufferedImage#TYPE_3BYTE_BGR} holding the pixels of an 8-bit BGR frame. */
    static BufferedImage toBgrImage(Frame frame, String source, long index) {
        if (frame.imageDepth != Frame.DEPTH_UBYTE || frame.imageChannels != 3) {
            throw new VideoSourceException(
                    source,
                    index,
                    "Frame "
                            + index
                            + " of "
                            + source
                            + " has depth "
                            + frame.imageDepth
                            + " with "
                            + frame.imageChannels
                            + " channels; expected 8-bit BGR",
                    null);
        }
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ((ByteBuffer) frame.image[0]).duplicate();
        int rowBytes = w * 3;
        for (int y = 0; y < h; y++) {
            buffer.position(y * frame.imageStride);
            buffer.get(target, y * rowBytes, rowBytes);
        }
        return image;
    }
}
