package org.fer4j.core.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Generates good and bad encoded pictures for the decoder and loader tests, all in memory. */
public final class BadPictures {

    private BadPictures() {}

    /** A face-like RGB picture: a warm oval on a cool background with dark eyes and a mouth, smooth shading. */
    public static BufferedImage face(int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        double c = side / 2.0;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double dx = (x - c) / (side * 0.36);
                double dy = (y - c) / (side * 0.46);
                boolean skin = dx * dx + dy * dy < 1;
                boolean eye = Math.hypot(x - side * 0.36, y - side * 0.4) < side * 0.06
                        || Math.hypot(x - side * 0.64, y - side * 0.4) < side * 0.06;
                boolean mouth = Math.abs(y - side * 0.7) < side * 0.03 && Math.abs(x - c) < side * 0.15;
                int shade = (int) (40 * (double) y / side);
                int r = skin ? 220 - shade : 60 + x * 100 / side;
                int g = skin ? 170 - shade : 90;
                int b = skin ? 140 - shade : 160 - y * 60 / side;
                if (eye || mouth) {
                    r = 40;
                    g = 25;
                    b = 30;
                }
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    /** The picture encoded in a format ImageIO writes ("png", "jpg", "bmp", "gif"). */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no ImageIO writer for " + format + " and " + image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first {@code fraction} of the bytes. */
    public static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /** Random bytes from a seed. */
    public static byte[] randomBytes(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Text that is no picture. */
    public static byte[] text() {
        return "this is not a picture, just text with a picture extension\n".getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A decompression bomb: a valid PNG header declaring {@code width x height} 8-bit RGB followed by
     * {@code rows} rows of compressed black pixels (a real bomb has all rows; the decoder must refuse
     * from the header either way).
     */
    public static byte[] bombPng(int width, int height, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] row = new byte[1 + 3 * width];
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int i = 0; i < rows; i++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** How a four-channel JPEG stores its inks. */
    public enum CmykStyle {
        /** No Adobe marker: plain CMYK, 0 = no ink. */
        PLAIN,
        /** Adobe marker, transform 0: inverted CMYK as Photoshop writes it. */
        ADOBE_INVERTED,
        /** Adobe marker, transform 2: YCCK (YCbCr of the inks, K inverted). */
        ADOBE_YCCK
    }

    /** The RGB picture as a four-channel CMYK JPEG (device formula K = 1 - max(R, G, B)). */
    public static byte[] cmykJpeg(BufferedImage rgb, CmykStyle style) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        int[] px = new int[4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = rgb.getRGB(x, y);
                inks((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF, px);
                if (style == CmykStyle.ADOBE_INVERTED) {
                    for (int i = 0; i < 4; i++) {
                        px[i] = 255 - px[i];
                    }
                } else if (style == CmykStyle.ADOBE_YCCK) {
                    ycck(px);
                }
                raster.setPixel(x, y, px);
            }
        }
        return writeRaster(raster, style == CmykStyle.PLAIN ? null : adobeMetadata(writeRaster(raster, null), style));
    }

    private static byte[] writeRaster(Raster raster, IIOMetadata metadata) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(raster, null, metadata), null);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Encodes inks as libjpeg's YCCK does for Adobe files: YCbCr of the C, M, Y inks (libjpeg takes
     * 255 minus the inverted stored values), K stored inverted. ImageIO's writer stores rasters as
     * given, so the test does the transform itself.
     */
    private static void ycck(int[] px) {
        float c = px[0];
        float m = px[1];
        float y = px[2];
        px[0] = clamp(0.299f * c + 0.587f * m + 0.114f * y);
        px[1] = clamp(128 - 0.168736f * c - 0.331264f * m + 0.5f * y);
        px[2] = clamp(128 + 0.5f * c - 0.418688f * m - 0.081312f * y);
        px[3] = 255 - px[3];
    }

    private static int clamp(float v) {
        return Math.max(0, Math.min(255, Math.round(v)));
    }

    private static void inks(int r, int g, int b, int[] cmyk) {
        int max = Math.max(r, Math.max(g, b));
        int k = 255 - max;
        cmyk[3] = k;
        if (max == 0) {
            cmyk[0] = cmyk[1] = cmyk[2] = 0;
            return;
        }
        cmyk[0] = Math.round(255f * (max - r) / max);
        cmyk[1] = Math.round(255f * (max - g) / max);
        cmyk[2] = Math.round(255f * (max - b) / max);
    }

    /** The metadata of a plain four-channel JPEG with an Adobe marker added. */
    private static IIOMetadata adobeMetadata(byte[] plainJpeg, CmykStyle style) {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(plainJpeg))) {
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            addAdobeMarker(metadata, style);
            return metadata;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader.dispose();
        }
    }

    private static void addAdobeMarker(IIOMetadata metadata, CmykStyle style) throws IIOInvalidTreeException {
        String format = "javax_imageio_jpeg_image_1.0";
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode markers = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
        IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
        if (jfif != null) {
            jfif.getParentNode().removeChild(jfif);
        }
        IIOMetadataNode adobe = new IIOMetadataNode("app14Adobe");
        adobe.setAttribute("transform", style == CmykStyle.ADOBE_YCCK ? "2" : "0");
        markers.insertBefore(adobe, markers.getFirstChild());
        metadata.setFromTree(format, root);
    }
}
