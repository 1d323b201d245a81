package org.fer4j.cli;

import java.io.PrintWriter;
import org.fer4j.core.Progress;
import picocli.CommandLine.Option;

/**
 * The {@code --progress} option of long commands: a {@link ProgressBar} on stderr when asked for, or
 * by default when fer4j runs in a terminal (Java sees a console only when no stream is redirected).
 */
public final class ProgressOption {

    /** Cells of the bar. */
    private static final int WIDTH = 30;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: only in a terminal).")
    private Boolean progress;

    /** The bar to drive, writing to {@code err}, or null when there should be none. */
    public Progress open(PrintWriter err) {
        boolean show = progress != null ? progress : System.console() != null;
        return show ? new ProgressBar(err, WIDTH) : null;
    }
}
