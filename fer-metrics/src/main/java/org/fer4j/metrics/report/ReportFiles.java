package org.fer4j.metrics.report;

import java.io.IOException;
import java.nio.file.Path;
import org.fer4j.core.AtomicFile;

/** Writes report files atomically ({@link AtomicFile}), creating missing parent directories first. */
final class ReportFiles {

    private ReportFiles() {}

    /** Writes {@code bytes} to {@code file}, replacing it whole or not at all. */
    static void write(Path file, byte[] bytes) throws IOException {
        AtomicFile.write(file, bytes);
    }
}
