package org.fer4j.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * A video where the task runs, as a local file FFmpeg can open: a {@code file:} URI (or a plain path)
 * is used where it is; anything else Hadoop reads ({@code hdfs:}, {@code s3a:}, ...) is streamed into
 * a temporary file, deleted on {@link #close()}. Never held in memory.
 */
final class LocalVideo implements AutoCloseable {

    private final Path file;
    private final boolean temporary;

    private LocalVideo(Path file, boolean temporary) {
        this.file = file;
        this.temporary = temporary;
    }

    /** The local file of {@code uri}, copying it with the job's Hadoop settings when it is not local. */
    static LocalVideo of(String uri, Map<String, String> hadoopSettings) {
        URI parsed = URI.create(uri);
        if (parsed.getScheme() == null) {
            return new LocalVideo(Path.of(uri), false);
        }
        if ("file".equals(parsed.getScheme())) {
            return new LocalVideo(Path.of(parsed), false);
        }
        return copy(uri, hadoopSettings);
    }

    private static LocalVideo copy(String uri, Map<String, String> hadoopSettings) {
        Configuration configuration = new Configuration(false);
        hadoopSettings.forEach(configuration::set);
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
        Path local = null;
        try {
            String name = remote.getName();
            local = Files.createTempFile("fer-spark-", name.contains(".") ? name.substring(name.lastIndexOf('.')) : ".video");
            FileSystem fs = remote.getFileSystem(configuration);
            try (InputStream in = fs.open(remote)) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            }
            return new LocalVideo(local, true);
        } catch (IOException e) {
            deleteQuietly(local, e);
            throw new UncheckedIOException("Cannot copy the video " + uri + " to this executor's disk: " + e.getMessage(), e);
        }
    }

    /** The local file. */
    Path file() {
        return file;
    }

    /** Deletes the temporary copy, if this is one. */
    @Override
    public void close() {
        if (temporary) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the temporary copy " + file, e);
            }
        }
    }

    private static void deleteQuietly(Path local, Exception cause) {
        if (local == null) {
            return;
        }
        try {
            Files.deleteIfExists(local);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
