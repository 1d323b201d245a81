package org.fer4j.video.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.fer4j.core.BoundingBox;
import org.fer4j.video.source.VideoFrame;

/** Builds in-memory frames for tests. */
public final class Frames {

    private Frames() {}

    /** A frame of one flat colour. */
    public static VideoFrame uniform(long index, int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return new VideoFrame(index, index * 40_000L, image);
    }

    /** A synthetic-video-sized frame with bright ellipses in the given boxes. */
    public static VideoFrame withFaces(long index, BoundingBox... faces) {
        return new VideoFrame(index, index * 40_000L, SyntheticVideo.frameWith(faces));
    }
}
