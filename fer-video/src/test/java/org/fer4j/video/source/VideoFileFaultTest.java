package org.fer4j.video.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.fer4j.video.testing.SyntheticVideo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Video files that are not whole videos: each fails naming the file and saying what it is. */
class VideoFileFaultTest {

    @TempDir Path dir;

    @Test
    void aZeroByteMp4IsAnEmptyFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.mp4"), new byte[0]);

        assertThatThrownBy(() -> VideoFileSource.open(empty))
                .isInstanceOf(VideoSourceException.class)
                .hasMessage("Video file " + empty + " is an empty file (0 bytes), not a video");
    }

    @Test
    void aTextFileNamedMp4IsNotAVideo() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "these are my notes, not a video\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VideoFileSource.open(text))
                .isInstanceOf(VideoSourceException.class)
                .hasMessage("Video file " + text + " is not a video: it holds text, not a container such as MP4");
    }

    @Test
    void randomBytesAreNotAVideo() throws IOException {
        byte[] noise = new byte[4096];
        new java.util.Random(3).nextBytes(noise);
        Path garbage = Files.write(dir.resolve("noise.mp4"), noise);

        assertThatThrownBy(() -> VideoFileSource.open(garbage))
                .isInstanceOf(VideoSourceException.class)
                .hasMessageStartingWith("Cannot open video file " + garbage + ": not a video")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("(null)"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.02, 0.3, 0.9})
    void aTruncatedMp4FailsNamingTheFileWhenOpenedOrAtTheFrameItEnds(double kept) throws IOException {
        byte[] whole = Files.readAllBytes(SyntheticVideo.writeMovingFace(dir.resolve("whole.mp4"), 30));
        Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(whole, (int) (whole.length * kept)));

        assertThatThrownBy(() -> {
            try (VideoFileSource source = VideoFileSource.open(cut)) {
                source.forEachRemaining(frame -> { });
            }
        }).isInstanceOf(VideoSourceException.class).hasMessageContaining(cut.toString());
    }
}
