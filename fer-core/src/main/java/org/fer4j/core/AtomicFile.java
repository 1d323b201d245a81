package org.fer4j.core;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers and crashes only ever see the old or the new content: through a
 * temporary sibling ({@code <name>.tmp}), forced to disk, then atomically renamed over the target.
 * A crash or {@code kill -9} mid-write leaves at most that temporary file, which the next write
 * replaces; the target itself is never half-written.
 */
public final class AtomicFile {

    /** The suffix of the temporary sibling a write goes through. */
    public static final String TMP_SUFFIX = ".tmp";

    private AtomicFile() {}

    /** Produces the content of a file. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content to the stream. */
        void writeTo(DataOutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically; on failure the previous file is untouched. */
    public static void write(Path target, Content content) throws IOException {
        try (Pending pending = open(target)) {
            content.writeTo(pending.stream());
            pending.commit();
        }
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts writing {@code target} piece by piece (e.g. results as a video is processed): the content
     * goes to the temporary sibling and replaces the target only at {@link Pending#commit()}; closing
     * without committing deletes it and leaves the previous target untouched.
     */
    public static Pending open(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(target.getFileName() + TMP_SUFFIX);
        FileChannel channel = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        return new Pending(target, tmp, channel);
    }

    /** A write in progress, see {@link #open(Path)}. */
    public static final class Pending implements AutoCloseable {

        private final Path target;
        private final Path tmp;
        private final FileChannel channel;
        private final DataOutputStream out;
        private boolean done;

        private Pending(Path target, Path tmp, FileChannel channel) {
            this.target = target;
            this.tmp = tmp;
            this.channel = channel;
            this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
        }

        /** The stream to write the content to (buffered; do not close it, commit or close this instead). */
        public DataOutputStream stream() {
            return out;
        }

        /** Flushes and forces the content to disk, then renames it over the target. */
        public void commit() throws IOException {
            if (done) {
                throw new IllegalStateException(target + " was already committed or abandoned");
            }
            done = true;
            try {
                out.flush();
                channel.force(true);
                channel.close();
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                abandon();
                throw e;
            }
        }

        /** Deletes the uncommitted content, if any; the target keeps its previous content. */
        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                abandon();
            }
        }

        private void abandon() throws IOException {
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
