package org.fer4j.serve;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.fer4j.video.source.VideoFileSource;

/** The shipped pictures and clip the server tests use, and the frames a browser would send of them. */
final class SampleMedia {

    /** A shipped group photo with five faces (960x640 JPEG). */
    static final Path GROUP_PHOTO = Path.of("../examples/src/main/resources/org/fer4j/examples/photo/group-5.jpg");

    /** The shipped sample clip of one face. */
    static final Path CLIP = Path.of("../fer-cli/src/main/resources/org/fer4j/cli/sample-clip.mp4");

    private SampleMedia() {}

    /** The bytes of the group photo (skips the test when the examples module is absent). */
    static byte[] groupPhoto() throws IOException {
        assumeThat(Files.isRegularFile(GROUP_PHOTO)).as("shipped picture " + GROUP_PHOTO).isTrue();
        return Files.readAllBytes(GROUP_PHOTO);
    }

    /** Every frame of the sample clip, decoded (skips the test when the clip is absent). */
    static List<BufferedImage> clipFrames() {
        assumeThat(Files.isRegularFile(CLIP)).as("shipped clip " + CLIP).isTrue();
        List<BufferedImage> frames = new ArrayList<>();
        try (VideoFileSource source = VideoFileSource.open(CLIP)) {
            source.forEachRemaining(frame -> frames.add(frame.image()));
        }
        return frames;
    }

    /** The clip's frames as a page sends them: {@code width} pixels wide, JPEG. */
    static List<byte[]> clipJpegs(int width) {
        return clipFrames().stream().map(frame -> jpeg(scaled(frame, width))).toList();
    }

    /** {@code image} scaled to {@code width} pixels wide, aspect kept. */
    static BufferedImage scaled(BufferedImage image, int width) {
        int height = Math.round((float) image.getHeight() * width / image.getWidth());
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** {@code image} encoded as JPEG. */
    static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpg");
    }

    /** {@code image} encoded as PNG. */
    static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
