package org.fer4j.video.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.fer4j.core.AtomicFile;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.stream.EmotionListener;
import org.fer4j.video.stream.FrameResult;

/**
 * A listener that writes each frame's results as text lines to a UTF-8 file, through
 * {@link AtomicFile}: the lines go to {@code <file>.tmp}, which replaces the file at {@link #close()},
 * so a crashed run never leaves a half-written result file.
 */
abstract class ResultFileWriter implements EmotionListener, AutoCloseable {

    private final Path file;
    private final AtomicFile.Pending pending;
    private final BufferedWriter out;

    ResultFileWriter(Path file) {
        this.file = file;
        try {
            this.pending = AtomicFile.open(file);
            this.out = new BufferedWriter(new OutputStreamWriter(pending.stream(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create result file " + file, e);
        }
    }

    /** Writes a line (a line separator is appended). */
    final void writeLine(String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to result file " + file, e);
        }
    }

    /** A number with four decimals and a dot, whatever the default locale. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Writes the lines for one frame. */
    abstract void write(FrameResult result);

    @Override
    public final void onFrame(FrameResult result, VideoFrame frame) {
        write(result);
    }

    /** The file being written. */
    public final Path file() {
        return file;
    }

    /** Flushes the lines and puts the file in place. */
    @Override
    public final void close() {
        try {
            out.flush();
            pending.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close result file " + file, e);
        }
    }
}
