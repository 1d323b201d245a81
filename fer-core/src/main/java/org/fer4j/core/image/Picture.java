package org.fer4j.core.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import org.fer4j.core.GrayImage;

/**
 * A decoded picture (a photo or a video frame) with its luminance, the one place where fer4j turns
 * colour into gray: ITU-R BT.601 luma ({@code 0.299 R + 0.587 G + 0.114 B}). Gray pictures of any
 * depth keep their stored intensities. The luminance is computed on first use and cached; the
 * picture does not copy the image, so the caller must not modify it afterwards.
 */
public final class Picture {

    private final BufferedImage image;
    private GrayImage gray;
    private byte[] luma;

    private Picture(BufferedImage image) {
        this.image = image;
    }

    /** Wraps a decoded image; fails on null. */
    public static Picture of(BufferedImage image) {
        if (image == null) {
            throw new IllegalArgumentException("A picture needs an image, got null");
        }
        return new Picture(image);
    }

    /** Width in pixels. */
    public int width() {
        return image.getWidth();
    }

    /** Height in pixels. */
    public int height() {
        return image.getHeight();
    }

    /** The wrapped image; do not modify it. */
    public BufferedImage image() {
        return image;
    }

    /** The luminance as a gray image in [0, 1], full size. */
    public synchronized GrayImage gray() {
        if (gray == null) {
            gray = GrayImage.ofOwned(width(), height(), luminance(image));
        }
        return gray;
    }

    /**
     * The luminance as 8-bit values, row-major; the array is shared, so callers must not modify
     * it.
     */
    public synchronized byte[] luma() {
        if (luma == null) {
            GrayImage g = gray();
            byte[] out = new byte[width() * height()];
            int w = width();
            for (int y = 0; y < height(); y++) {
                for (int x = 0; x < w; x++) {
                    out[y * w + x] = (byte) Math.round(g.get(x, y) * 255f);
                }
            }
            luma = out;
        }
        return luma;
    }

    /** BT.601 luma in [0, 1] of every pixel, row-major. */
    private static float[] luminance(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] pixels = new float[w * h];
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        if (model.getColorSpace().getType() == ColorSpace.TYPE_GRAY && !(model instanceof IndexColorModel)) {
            // Through getRGB a linear gray would be gamma-converted to sRGB and brightened.
            float max = (1 << model.getComponentSize(0)) - 1;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    pixels[y * w + x] = raster.getSample(x, y, 0) / max;
                }
            }
        } else if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && raster.getDataBuffer() instanceof DataBufferByte buffer
                && raster.getParent() == null) {
            byte[] bgr = buffer.getData();
            for (int i = 0, p = 0; i < pixels.length; i++, p += 3) {
                pixels[i] = luma(bgr[p + 2] & 0xFF, bgr[p + 1] & 0xFF, bgr[p] & 0xFF);
            }
        } else {
            for (int y = 0; y < h; y++) {
                int[] argb = image.getRGB(0, y, w, 1, null, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = argb[x];
                    pixels[y * w + x] = luma((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF);
                }
            }
        }
        return pixels;
    }

    private static float luma(int r, int g, int b) {
        return (0.299f * r + 0.587f * g + 0.114f * b) / 255f;
    }

    @Override
    public String toString() {
        return "Picture[" + width() + "x" + height() + "]";
    }
}
