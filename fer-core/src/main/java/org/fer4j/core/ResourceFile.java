package org.fer4j.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A temporary file holding a copy of a class-path resource, for libraries that read files, not
 * streams (FFmpeg, ONNX Runtime sessions, OpenCV cascades). Closing it deletes the copy.
 */
public final class ResourceFile implements AutoCloseable {

    private final Path path;

    private ResourceFile(Path path) {
        this.path = path;
    }

    /**
     * Copies a resource to a new temporary file.
     *
     * @param anchor the class whose loader finds the resource ({@link Class#getResourceAsStream} rules)
     * @param resource the resource name, e.g. {@code "/org/fer4j/examples/sample-clip.mp4"}
     * @param suffix the temporary file's suffix, e.g. {@code ".mp4"}
     * @throws IOException when the resource is missing ({@link java.io.FileNotFoundException} naming it) or cannot be copied
     */
    public static ResourceFile copy(Class<?> anchor, String resource, String suffix) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new java.io.FileNotFoundException(
                        "Resource " + resource + " is not on the class path of " + anchor.getName());
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            Path file = Files.createTempFile("fer4j-" + (dot > 0 ? name.substring(0, dot) : name) + "-", suffix);
            try {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw new IOException("Cannot copy resource " + resource + " to " + file + ": " + e.getMessage(), e);
            }
            return new ResourceFile(file);
        }
    }

    /** The temporary copy. */
    public Path path() {
        return path;
    }

    /** Deletes the copy; an undeletable copy is reported as an {@link UncheckedIOException}. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary copy " + path, e);
        }
    }
}
