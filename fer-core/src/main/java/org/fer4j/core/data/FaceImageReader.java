package org.fer4j.core.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import javax.imageio.ImageIO;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.GrayImage;
import org.fer4j.core.preprocess.FacePreprocessor;

/**
 * Decodes image files with ImageIO into model-ready faces through a {@link FacePreprocessor}, and
 * turns every way a file can fail to decode into a {@link MalformedDataException} naming it.
 */
final class FaceImageReader {

    /** File extensions read as images, lower case. */
    static final List<String> EXTENSIONS = List.of("bmp", "gif", "jpeg", "jpg", "png");

    private final FacePreprocessor preprocessor;

    /** A reader producing faces with the given preprocessor. */
    FaceImageReader(FacePreprocessor preprocessor) {
        this.preprocessor = preprocessor;
    }

    /** Whether a path names a visible regular file with an image extension. */
    static boolean isImageFile(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0
                && !name.startsWith(".")
                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                && Files.isRegularFile(path);
    }

    /** The whole picture in a file as a face. */
    GrayImage face(Path file) throws MalformedDataException {
        return preprocessor.face(decode(file));
    }

    /** The region of the picture in a file given by a face box, clipped to the picture. */
    GrayImage face(Path file, BoundingBox box) throws MalformedDataException {
        GrayImage frame = FacePreprocessor.toGray(decode(file));
        try {
            return preprocessor.face(frame, box);
        } catch (IllegalArgumentException e) {
            throw new MalformedDataException(
                    file.toString(),
                    "face box x=" + box.x() + " y=" + box.y() + " w=" + box.width() + " h=" + box.height()
                            + " lies outside the " + frame.width() + "x" + frame.height() + " image",
                    e);
        }
    }

    /** Decodes a file; fails naming it when it is missing, not an image, or corrupt. */
    static BufferedImage decode(Path file) throws MalformedDataException {
        if (!Files.isRegularFile(file)) {
            throw new MalformedDataException(file.toString(), "image file not found");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new MalformedDataException(
                    file.toString(), "not a readable image; the file is corrupt (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new MalformedDataException(
                    file.toString(), "not an image in a format ImageIO reads (" + String.join(", ", EXTENSIONS) + ")");
        }
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new MalformedDataException(file.toString(), "the image is empty");
        }
        return image;
    }
}
