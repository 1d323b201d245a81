package org.fer4j.video.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.fer4j.core.AtomicFile;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.stream.EmotionListener;
import org.fer4j.video.stream.FrameResult;

/** Writes annotated frames as {@code frame_000042.png} files into a folder, optionally every n-th. */
public final class PngFrameWriter implements EmotionListener {

    private final Path directory;
    private final FrameAnnotator annotator;
    private final int everyNth;

    /** Writes every frame into {@code directory} (created if missing). */
    public PngFrameWriter(Path directory) {
        this(directory, new FrameAnnotator(), 1);
    }

    /** Writes frames whose index is a multiple of {@code everyNth}, drawn by {@code annotator}. */
    public PngFrameWriter(Path directory, FrameAnnotator annotator, int everyNth) {
        if (everyNth < 1) {
            throw new IllegalArgumentException("everyNth must be >= 1, got " + everyNth);
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create PNG output folder " + directory, e);
        }
        this.directory = directory;
        this.annotator = annotator;
        this.everyNth = everyNth;
    }

    /** The file a frame index is written to. */
    public Path fileFor(long frameIndex) {
        return directory.resolve(String.format(Locale.ROOT, "frame_%06d.png", frameIndex));
    }

    @Override
    public void onFrame(FrameResult result, VideoFrame frame) {
        if (frame.index() % everyNth != 0) {
            return;
        }
        Path file = fileFor(frame.index());
        try {
            BufferedImage annotated = annotator.annotate(frame, result);
            AtomicFile.write(file, out -> {
                if (!ImageIO.write(annotated, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write annotated frame " + frame.index() + " to " + file, e);
        }
    }
}
