package org.fer4j.detect;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import org.fer4j.core.image.Picture;
import org.fer4j.detect.BlazeFaceDecoder.Letterbox;

/**
 * Resamples a picture into BlazeFace's input: the picture letterboxed (aspect kept, centred, black
 * border) into a 128x128 square, RGB floats in [-1, 1], HWC order. Shrinking averages the source
 * pixels each input pixel covers, so a large photo does not alias; enlarging is bilinear. Gray
 * pictures of any depth enter as their stored intensities ({@link Picture#luma()}), not through
 * {@code getRGB}, which would brighten them.
 */
final class BlazeFaceInput {

    private static final int SIDE = BlazeFaceDecoder.INPUT_SIDE;

    private BlazeFaceInput() {}

    /** The input tensor values of the picture placed as {@code letterbox} says. */
    static float[] of(Picture picture, Letterbox letterbox) {
        int w = picture.width();
        int h = picture.height();
        int[] argb = argb(picture);
        float[] input = new float[SIDE * SIDE * 3];
        java.util.Arrays.fill(input, -1f);
        double sx = (double) w / letterbox.scaledWidth();
        double sy = (double) h / letterbox.scaledHeight();
        float[] rgb = new float[3];
        for (int y = 0; y < letterbox.scaledHeight(); y++) {
            for (int x = 0; x < letterbox.scaledWidth(); x++) {
                if (sx > 1 || sy > 1) {
                    average(argb, w, h, x * sx, y * sy, Math.max(sx, 1), Math.max(sy, 1), rgb);
                } else {
                    bilinear(argb, w, h, (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5, rgb);
                }
                int o = ((y + letterbox.padY()) * SIDE + x + letterbox.padX()) * 3;
                for (int c = 0; c < 3; c++) {
                    input[o + c] = rgb[c] / 127.5f - 1f;
                }
            }
        }
        return input;
    }

    private static int[] argb(Picture picture) {
        BufferedImage image = picture.image();
        ColorModel model = image.getColorModel();
        if (model.getColorSpace().getType() != ColorSpace.TYPE_GRAY || model instanceof IndexColorModel) {
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        }
        byte[] luma = picture.luma();
        int[] argb = new int[luma.length];
        for (int i = 0; i < luma.length; i++) {
            int v = luma[i] & 0xFF;
            argb[i] = 0xFF000000 | (v << 16) | (v << 8) | v;
        }
        return argb;
    }

    private static void average(int[] argb, int w, int h, double left, double top, double sx, double sy, float[] rgb) {
        int x0 = (int) left;
        int y0 = (int) top;
        int x1 = Math.min(w, Math.max(x0 + 1, (int) Math.ceil(left + sx)));
        int y1 = Math.min(h, Math.max(y0 + 1, (int) Math.ceil(top + sy)));
        float r = 0;
        float g = 0;
        float b = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = argb[y * w + x];
                r += (p >> 16) & 0xFF;
                g += (p >> 8) & 0xFF;
                b += p & 0xFF;
            }
        }
        float n = (x1 - x0) * (y1 - y0);
        rgb[0] = r / n;
        rgb[1] = g / n;
        rgb[2] = b / n;
    }

    private static void bilinear(int[] argb, int w, int h, double fx, double fy, float[] rgb) {
        double cx = Math.max(0, Math.min(w - 1, fx));
        double cy = Math.max(0, Math.min(h - 1, fy));
        int x0 = (int) cx;
        int y0 = (int) cy;
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        double ax = cx - x0;
        double ay = cy - y0;
        for (int c = 0, shift = 16; c < 3; c++, shift -= 8) {
            double top = channel(argb[y0 * w + x0], shift) * (1 - ax) + channel(argb[y0 * w + x1], shift) * ax;
            double bottom = channel(argb[y1 * w + x0], shift) * (1 - ax) + channel(argb[y1 * w + x1], shift) * ax;
            rgb[c] = (float) (top * (1 - ay) + bottom * ay);
        }
    }

    private static int channel(int argb, int shift) {
        return (argb >> shift) & 0xFF;
    }
}
