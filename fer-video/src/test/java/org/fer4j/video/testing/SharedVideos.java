package org.fer4j.video.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fer4j.video.source.VideoFileSource;
import org.fer4j.video.source.VideoFrame;

/** Locates the read-only shared videos; tests skip when they are absent. */
public final class SharedVideos {

    private SharedVideos() {}

    /** The shared folder: {@code fer4j.shared.dir}, else {@code ../shared}. */
    public static Path sharedDir() {
        return Path.of(System.getProperty("fer4j.shared.dir", "../shared"));
    }

    /** The folder of shared videos (may not exist). */
    public static Path videoDir() {
        return sharedDir().resolve("data/video");
    }

    /** A shared video by file name; skips the calling test when it is absent. */
    public static Path require(String name) {
        Path file = videoDir().resolve(name);
        assumeTrue(Files.isRegularFile(file), "shared video " + file + " is absent; skipping");
        return file;
    }

    /** Frame {@code index} of a shared video; skips the calling test when the video is absent. */
    public static VideoFrame frame(String name, long index) {
        try (VideoFileSource source = VideoFileSource.open(require(name))) {
            for (long i = 0; ; i++) {
                VideoFrame frame = source.next().orElseThrow(() -> new IllegalArgumentException(name + " has no frame " + index));
                if (i == index) {
                    return frame;
                }
            }
        }
    }
}
