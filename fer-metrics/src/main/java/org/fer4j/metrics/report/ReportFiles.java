package org.fer4j.metrics.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes report files, creating missing parent directories first. */
final class ReportFiles {

    private ReportFiles() {}

    /** Writes {@code bytes} to {@code file}, replacing it. */
    static void write(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
    }
}
