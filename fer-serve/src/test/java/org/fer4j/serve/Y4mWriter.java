package org.fer4j.serve;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes frames as a YUV4MPEG2 (y4m) file, 4:2:0, full-range BT.601: what Chromium's fake camera plays. */
final class Y4mWriter {

    private Y4mWriter() {}

    /** Writes {@code frames} (all of one even size) at {@code fps} to {@code file}. */
    static void write(List<BufferedImage> frames, int fps, Path file) throws IOException {
        int width = frames.get(0).getWidth() & ~1;
        int height = frames.get(0).getHeight() & ~1;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(("YUV4MPEG2 W" + width + " H" + height + " F" + fps + ":1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (BufferedImage frame : frames) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                writePlanes(frame, width, height, out);
            }
        }
    }

    private static void writePlanes(BufferedImage frame, int width, int height, OutputStream out) throws IOException {
        byte[] y = new byte[width * height];
        byte[] u = new byte[width * height / 4];
        byte[] v = new byte[width * height / 4];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                int rgb = frame.getRGB(col, row);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                y[row * width + col] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
                if (row % 2 == 0 && col % 2 == 0) {
                    int chroma = (row / 2) * (width / 2) + col / 2;
                    u[chroma] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
                    v[chroma] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
                }
            }
        }
        out.write(y);
        out.write(u);
        out.write(v);
    }

    private static byte clamp(double value) {
        return (byte) Math.max(0, Math.min(255, Math.round(value)));
    }
}
