package org.fer4j.metrics.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A chart that draws itself off-screen, to be saved as PNG or embedded in an {@link HtmlReport}. */
public interface PngChart {

    /** Draws the chart into a new image of its configured size. */
    BufferedImage render();

    /** The chart encoded as PNG. */
    default byte[] toPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(render(), "png", out)) {
                throw new IllegalStateException("No PNG encoder available in this JVM");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the chart as a PNG file, creating parent directories. */
    default void writePng(Path file) throws IOException {
        ReportFiles.write(file, toPng());
    }
}
