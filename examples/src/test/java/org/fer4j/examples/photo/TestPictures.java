package org.fer4j.examples.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Pictures the end-to-end tests make from the shipped, licence-clean faces. */
final class TestPictures {

    private TestPictures() {}

    /** A shipped picture from the classpath. */
    static BufferedImage resource(String path) {
        try (InputStream in = TestPictures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** The shipped demo face {@code cap12-frame0125.png} (96x96). */
    static BufferedImage face() {
        return resource("/org/fer4j/examples/faces/cap12-frame0125.png");
    }

    /**
     * The face drawn {@code side} px wide, turned by {@code degrees}, in the middle of a
     * {@code width x height} gray picture.
     */
    static BufferedImage faceOn(int width, int height, int side, double degrees) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, width, height);
        g.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
        g.drawImage(face(), (width - side) / 2, (height - side) / 2, side, side, null);
        g.dispose();
        return out;
    }

    /** The picture converted to another type (gray, 16-bit gray, ARGB with alpha ...). */
    static BufferedImage as(BufferedImage rgb, int type) {
        BufferedImage out = new BufferedImage(rgb.getWidth(), rgb.getHeight(), type);
        if (type == BufferedImage.TYPE_USHORT_GRAY || type == BufferedImage.TYPE_BYTE_GRAY) {
            // Store the BT.601 luma itself: drawing would treat the gray space as linear.
            int max = type == BufferedImage.TYPE_USHORT_GRAY ? 65535 : 255;
            WritableRaster raster = out.getRaster();
            for (int y = 0; y < rgb.getHeight(); y++) {
                for (int x = 0; x < rgb.getWidth(); x++) {
                    int p = rgb.getRGB(x, y);
                    double luma = (0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF)) / 255;
                    raster.setSample(x, y, 0, (int) Math.round(luma * max));
                }
            }
            return out;
        }
        Graphics2D g = out.createGraphics();
        g.drawImage(rgb, 0, 0, null);
        g.dispose();
        return out;
    }

    /** The picture encoded in a format ImageIO writes (png, jpg). */
    static byte[] encoded(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No " + format + " writer");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The picture as a four-channel CMYK JPEG without an Adobe marker (inks: K = 1 - max(R, G, B)). */
    static byte[] cmykJpeg(BufferedImage rgb) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, rgb.getWidth(), rgb.getHeight(), 4, null);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y);
                double r = ((p >> 16) & 0xFF) / 255.0;
                double gr = ((p >> 8) & 0xFF) / 255.0;
                double b = (p & 0xFF) / 255.0;
                double k = 1 - Math.max(r, Math.max(gr, b));
                double d = k >= 1 ? 1 : 1 - k;
                raster.setPixel(x, y, new int[] {ink((1 - r - k) / d), ink((1 - gr - k) / d), ink((1 - b - k) / d), ink(k)});
            }
        }
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(raster, null, null), null);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int ink(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    /**
     * A small real PNG whose header is rewritten to declare {@code width x height} pixels (CRC
     * mended): a decompression bomb's shape, caught before any pixel is decoded.
     */
    static byte[] pngDeclaring(int width, int height) {
        byte[] png = encoded(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png");
        // Signature (8 bytes), IHDR length (4) and type (4), then width and height, then the CRC
        // of type and data (17 bytes from offset 12).
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }
}
