package org.fer4j.video.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fer4j.core.BoundingBox;
import org.fer4j.video.testing.SharedVideos;
import org.fer4j.video.testing.SyntheticVideo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoFileSourceTest {

    private static final int FRAMES = 40;

    @TempDir Path dir;

    @Test
    void deliversEveryFrameWithIndexTimestampAndPixels() throws IOException {
        Path file = SyntheticVideo.writeMovingFace(dir.resolve("moving.mp4"), FRAMES);
        List<VideoFrame> frames = readAll(file);

        assertThat(frames).hasSize(FRAMES);
        for (int i = 0; i < FRAMES; i++) {
            VideoFrame frame = frames.get(i);
            assertThat(frame.index()).isEqualTo(i);
            assertThat(frame.timestampMicros()).isEqualTo(i * 40_000L);
            assertThat(frame.width()).isEqualTo(SyntheticVideo.WIDTH);
            assertThat(frame.height()).isEqualTo(SyntheticVideo.HEIGHT);
        }
        // The bright ellipse is where it was drawn: its centre is bright, a corner is dark.
        VideoFrame frame = frames.get(10);
        BoundingBox face = SyntheticVideo.movingFace(10);
        int cx = (int) (face.x() + face.width() / 2);
        int cy = (int) (face.y() + face.height() / 2);
        assertThat(frame.gray().get(cx, cy)).isGreaterThan(0.7f);
        assertThat(frame.gray().get(2, 2)).isLessThan(0.25f);
    }

    @Test
    void framesKeepTheirOwnPixelsAfterLaterFramesAreRead() throws IOException {
        Path file = SyntheticVideo.writeMovingFace(dir.resolve("moving.mp4"), FRAMES);
        try (VideoFileSource source = VideoFileSource.open(file)) {
            VideoFrame first = source.next().orElseThrow();
            byte[] before = first.luma().clone();
            byte[] imageBefore = pixelsOf(first);
            source.forEachRemaining(frame -> {});
            assertThat(pixelsOf(first)).isEqualTo(imageBefore);
            assertThat(first.luma()).isEqualTo(before);
            // Frame 0's face left edge is at x=20: pixel (25, 55) is inside it, and it did not move.
            assertThat(first.gray().get(25, 55)).isGreaterThan(0.6f);
        }
    }

    @Test
    void reportsContainerFrameCountAndRate() throws IOException {
        Path file = SyntheticVideo.writeMovingFace(dir.resolve("moving.mp4"), FRAMES);
        try (VideoFileSource source = VideoFileSource.open(file)) {
            assertThat(source.declaredFrameCount()).isEqualTo(FRAMES);
            assertThat(source.frameRate()).isEqualTo(25.0);
            assertThat(source.description()).isEqualTo(file.toString());
        }
    }

    @Test
    void rejectsMissingFileNamingIt() {
        Path missing = dir.resolve("nope.mp4");
        assertThatThrownBy(() -> VideoFileSource.open(missing))
                .isInstanceOf(VideoSourceException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void rejectsGarbageFileNamingItAtFrameZero() throws IOException {
        Path garbage = dir.resolve("garbage.mp4");
        byte[] noise = new byte[20_000];
        new java.util.Random(7).nextBytes(noise);
        Files.write(garbage, noise);

        assertThatThrownBy(() -> VideoFileSource.open(garbage))
                .isInstanceOfSatisfying(VideoSourceException.class, e -> {
                    assertThat(e.source()).isEqualTo(garbage.toString());
                    assertThat(e.frameIndex()).isZero();
                })
                .hasMessageContaining(garbage.toString());
    }

    @Test
    void truncatedFileDeliversGoodFramesThenFailsNamingFileAndFrame() throws IOException {
        Path whole = SyntheticVideo.writeMovingFace(dir.resolve("whole.mp4"), FRAMES);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.mp4");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length * 6 / 10));

        List<VideoFrame> delivered = new ArrayList<>();
        try (VideoFileSource source = VideoFileSource.open(truncated)) {
            assertThatThrownBy(() -> source.forEachRemaining(delivered::add))
                    .isInstanceOfSatisfying(VideoSourceException.class, e -> {
                        assertThat(e.source()).isEqualTo(truncated.toString());
                        assertThat(e.frameIndex()).isEqualTo(delivered.size());
                    })
                    .hasMessageContaining(truncated.toString())
                    .hasMessageContaining("frame " + delivered.size())
                    .hasMessageContaining("truncated");
            // The source is done after the failure, and what it delivered stays usable.
            assertThat(source.next()).isEmpty();
        }
        assertThat(delivered).isNotEmpty().hasSizeLessThan(FRAMES);
        for (int i = 0; i < delivered.size(); i++) {
            assertThat(delivered.get(i).index()).isEqualTo(i);
            assertThat(delivered.get(i).gray().width()).isEqualTo(SyntheticVideo.WIDTH);
        }
    }

    @Test
    void decodesTheSharedTalkingFaceVideo() {
        Path franck = SharedVideos.require("franck.mp4");
        try (VideoFileSource source = VideoFileSource.open(franck)) {
            assertThat(source.declaredFrameCount()).isEqualTo(4800);
            assertThat(source.frameRate()).isEqualTo(24.0);
            Optional<VideoFrame> first = source.next();
            assertThat(first).isPresent();
            assertThat(first.get().width()).isEqualTo(360);
            assertThat(first.get().height()).isEqualTo(288);
            VideoFrame second = source.next().orElseThrow();
            assertThat(second.index()).isEqualTo(1);
            assertThat(second.timestampMicros()).isBetween(41_000L, 42_000L);
        }
    }

    private static List<VideoFrame> readAll(Path file) {
        List<VideoFrame> frames = new ArrayList<>();
        try (VideoFileSource source = VideoFileSource.open(file)) {
            source.forEachRemaining(frames::add);
        }
        return frames;
    }

    private static byte[] pixelsOf(VideoFrame frame) {
        return ((java.awt.image.DataBufferByte) frame.image().getRaster().getDataBuffer()).getData().clone();
    }
}
