package org.fer4j.core.preprocess;

import ai.djl.modality.cv.Image;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.GrayImage;

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

    /** The whole picture as a face; works for any DJL image factory. */
    public GrayImage face(Image image, NDManager manager) {
        return toGray(image, manager).resized(side, side);
    }

    /** Converts a DJL image to a full-size grayscale image. */
    public static GrayImage toGray(Image image, NDManager manager) {
        if (image.getWrappedImage() instanceof BufferedImage buffered) {
            return toGray(buffered);
        }
        try (NDManager scope = manager.newSubManager();
                NDArray gray = image.toNDArray(scope, Image.Flag.GRAYSCALE)) {
            return GrayImage.fromBytes(image.getWidth(), image.getHeight(), gray.toType(ai.djl.ndarray.types.DataType.UINT8, false).toByteArray());
        }
    }

    /**
     * Converts a Java image to grayscale with ITU-R BT.601 luma weights. Gray images of any depth
     * (8-bit, 16-bit, with or without alpha) keep their stored intensities: going through
     * {@code getRGB} would gamma-convert them from linear gray to sRGB and brighten them.
     */
    public static GrayImage toGray(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] pixels = new float[w * h];
        ColorModel model = image.getColorModel();
        if (model.getColorSpace().getType() == ColorSpace.TYPE_GRAY && !(model instanceof IndexColorModel)) {
            var raster = image.getRaster();
            float max = (1 << model.getComponentSize(0)) - 1;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    pixels[y * w + x] = raster.getSample(x, y, 0) / max;
                }
            }
        } else {
            int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < argb.length; i++) {
                int p = argb[i];
                pixels[i] = (0.299f * ((p >> 16) & 0xFF) + 0.587f * ((p >> 8) & 0xFF) + 0.114f * (p & 0xFF)) / 255f;
            }
        }
        return GrayImage.ofOwned(w, h, pixels);
    }
}
