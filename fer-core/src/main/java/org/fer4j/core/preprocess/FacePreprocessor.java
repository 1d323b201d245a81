package org.fer4j.core.preprocess;

import java.awt.image.BufferedImage;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.GrayImage;
import org.fer4j.core.image.Picture;

/**
 * Turns any decoded picture (colour or gray, any size) into the model's input face: luminance
 * grayscale, resized to a square side (48 by default) with area averaging, scaled to [0, 1].
 */
public final class FacePreprocessor {

    /** The input side of the FER2013-trained models. */
    public static final int DEFAULT_SIDE = 48;

    private final int side;

    /** A preprocessor producing {@code side x side} faces. */
    public FacePreprocessor(int side) {
        if (side <= 0) {
            throw new IllegalArgumentException("side must be positive, got " + side);
        }
        this.side = side;
    }

    /** A preprocessor producing 48x48 faces. */
    public FacePreprocessor() {
        this(DEFAULT_SIDE);
    }

    /** The output side in pixels. */
    public int side() {
        return side;
    }

    /** The whole picture as a face (for pictures that are already face crops). */
    public GrayImage face(BufferedImage image) {
        return toGray(image).resized(side, side);
    }

    /** The region of a frame given by a face box, clipped to the frame. */
    public GrayImage face(GrayImage frame, BoundingBox box) {
        return frame.crop(box).resized(side, side);
    }

    /** Converts a Java image to its full-size BT.601 luminance (see {@link Picture#gray()}). */
    public static GrayImage toGray(BufferedImage image) {
        return Picture.of(image).gray();
    }
}
