package org.fer4j.detect;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.fer4j.core.image.Picture;

/** Locates the read-only shared photos; tests skip when they are absent. */
final class SharedPhotos {

    private SharedPhotos() {}

    /** The shared photo folder: {@code fer4j.shared.dir}/data/photos, else {@code ../shared/data/photos}. */
    static Path dir() {
        return Path.of(System.getProperty("fer4j.shared.dir", "../shared")).resolve("data/photos");
    }

    /** A shared file below the photo folder; skips the calling test when it is absent. */
    static Path require(String relative) {
        Path file = dir().resolve(relative);
        assumeTrue(Files.exists(file), "shared photo data " + file + " is absent; skipping");
        return file;
    }

    /** A shared picture, decoded; skips the calling test when it is absent. */
    static Picture picture(String relative) {
        Path file = require(relative);
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException(file + " is not a picture ImageIO can read");
            }
            return Picture.of(image);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
