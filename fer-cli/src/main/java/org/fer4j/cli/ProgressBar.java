package org.fer4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fer4j.core.Progress;

/**
 * A one-line text progress bar, {@code "\r[#####     ] 1234/3589 faces"}, redrawn in place on a
 * terminal's error stream; a {@link Progress}, so datasets and the evaluator can drive it. It
 * redraws only when the line would change, and ends the line on {@link #end()}.
 */
public final class ProgressBar implements Progress {

    private final PrintWriter out;
    private final int width;
    private String unit = "";
    private long max;
    private long done;
    private String drawn = "";

    /**
     * A bar of {@code width} cells writing to {@code out}.
     *
     * @throws IllegalArgumentException when the width is below 1
     */
    public ProgressBar(PrintWriter out, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("A progress bar needs at least one cell, got " + width);
        }
        this.out = out;
        this.width = width;
    }

    /** {@inheritDoc} The message names what is counted, e.g. {@code "faces"}; {@code max} may be 0 (unknown). */
    @Override
    public void reset(String unit, long max) {
        this.unit = unit == null ? "" : unit;
        this.max = Math.max(0, max);
        this.done = 0;
        this.drawn = "";
        draw();
    }

    /** {@inheritDoc} */
    @Override
    public void increment(long more) {
        update(done + more);
    }

    /** {@inheritDoc} */
    @Override
    public void update(long done) {
        this.done = Math.max(0, done);
        draw();
    }

    /** Ends the bar's line. */
    @Override
    public void end() {
        if (!drawn.isEmpty()) {
            out.println();
            out.flush();
            drawn = "";
        }
    }

    /** The line as it reads now, without the carriage return, e.g. {@code "[#####     ] 1234/3589 faces"}. */
    String line() {
        String count = max > 0 ? done + "/" + max : Long.toString(done);
        String tail = unit.isEmpty() ? "" : " " + unit;
        if (max <= 0) {
            return count + tail;
        }
        int filled = (int) Math.min(width, done * width / max);
        return String.format(Locale.ROOT, "[%s%s] %s%s", "#".repeat(filled), " ".repeat(width - filled), count, tail);
    }

    private void draw() {
        String line = line();
        if (!line.equals(drawn)) {
            out.print("\r" + line);
            out.flush();
            drawn = line;
        }
    }
}
