package org.fer4j.core.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;

/** Writes the small images and CSV files the dataset tests read. */
final class GeneratedFiles {

    private GeneratedFiles() {}

    /** Writes a uniform 8-bit gray image of the given intensity, creating parent folders. */
    static Path grayImage(Path file, int width, int height, int value) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, value);
            }
        }
        return write(image, file);
    }

    /** Writes a uniform RGB image of one colour, creating parent folders. */
    static Path colourImage(Path file, int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return write(image, file);
    }

    /** Writes an 8-bit gray image that is {@code inside} within a box and {@code outside} elsewhere. */
    static Path boxImage(Path file, int width, int height, int bx, int by, int bw, int bh, int inside, int outside) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean in = x >= bx && x < bx + bw && y >= by && y < by + bh;
                image.getRaster().setSample(x, y, 0, in ? inside : outside);
            }
        }
        return write(image, file);
    }

    /** Writes bytes that no image reader accepts. */
    static Path notAnImage(Path file) {
        return bytes(file, "this is not an image, just text with an image extension\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Writes raw bytes, creating parent folders. */
    static Path bytes(Path file, byte[] content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes text lines (joined with newlines), creating parent folders. */
    static Path text(Path file, List<String> lines) {
        return bytes(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Writes text lines gzip-compressed. */
    static Path gzip(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A FER2013 CSV row whose 2,304 pixels all have one value. */
    static String ferRow(int emotion, int pixelValue, String usage) {
        return ferRow(String.valueOf(emotion), uniformPixels(pixelValue, 48 * 48), usage);
    }

    /** A FER2013 CSV row from raw fields. */
    static String ferRow(String emotion, String pixels, String usage) {
        return emotion + "," + pixels + "," + usage;
    }

    /** {@code count} space-separated copies of a pixel value. */
    static String uniformPixels(int value, int count) {
        String[] values = new String[count];
        Arrays.fill(values, String.valueOf(value));
        return String.join(" ", values);
    }

    private static Path write(BufferedImage image, Path file) {
        String name = file.getFileName().toString();
        String format = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
        if (format.equals("jpg") || format.equals("jpeg")) {
            format = "jpeg";
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalArgumentException("No ImageIO writer for " + format);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
