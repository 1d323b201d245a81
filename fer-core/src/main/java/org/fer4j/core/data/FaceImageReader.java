package org.fer4j.core.data;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.GrayImage;
import org.fer4j.core.image.BadPictureException;
import org.fer4j.core.image.PictureDecoder;
import org.fer4j.core.preprocess.FacePreprocessor;

/**
 * Decodes image files with a {@link PictureDecoder} (so its size limits and corruption checks hold)
 * into model-ready faces through a {@link FacePreprocessor}, and turns every way a file can fail to
 * decode into a {@link MalformedDataException} naming it.
 */
final class FaceImageReader {

    /** File extensions read as images, lower case. */
    static final List<String> EXTENSIONS = List.of("bmp", "gif", "jpeg", "jpg", "png");

    private final FacePreprocessor preprocessor;
    private final PictureDecoder decoder;

    /** A reader producing faces with the given preprocessor from pictures the decoder accepts. */
    FaceImageReader(FacePreprocessor preprocessor, PictureDecoder decoder) {
        this.preprocessor = preprocessor;
        this.decoder = decoder;
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

    /** Decodes a file; fails naming it when it is missing, empty, not an image, too large or corrupt. */
    private BufferedImage decode(Path file) throws MalformedDataException {
        try {
            return decoder.decode(file);
        } catch (BadPictureException e) {
            throw new MalformedDataException(file.toString(), e.problem(), e);
        }
    }
}
