package org.fer4j.video.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.Emotion;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.video.source.VideoFileSource;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.testing.BrightBlobDetector;
import org.fer4j.video.testing.BrightnessModel;
import org.fer4j.video.testing.RecordingModel;
import org.fer4j.video.testing.Frames;
import org.fer4j.video.testing.RecordingListener;
import org.fer4j.video.testing.SharedVideos;
import org.fer4j.video.testing.SyntheticVideo;
import org.fer4j.video.track.TrackerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmotionPipelineTest {

    @TempDir Path dir;

    private final RecordingModel model = new RecordingModel(new BrightnessModel());
    private final RecordingListener listener = new RecordingListener();

    @Test
    void faceThatLeavesForLongerThanTheLimitComesBackAsANewTrackWithFreshState() throws IOException {
        // Face in frames 0-14, gone in 15-24 (10 frames > limit 5), back in 25-39.
        Path video = SyntheticVideo.writeMp4(dir.resolve("away.mp4"), 40, i ->
                i >= 15 && i < 25 ? SyntheticVideo.frameWith() : SyntheticVideo.frameWith(SyntheticVideo.movingFace(i)));

        try (VideoFileSource source = VideoFileSource.open(video);
                EmotionPipeline pipeline = pipeline(source, new BrightBlobDetector(), Smoothing.none())) {
            assertThat(pipeline.run()).isEqualTo(40);

            List<FrameResult> frames = listener.frames();
            assertThat(frames).extracting(FrameResult::frameIndex).containsExactlyElementsOf(range(40));
            for (int i = 0; i < 40; i++) {
                FrameResult frame = frames.get(i);
                if (i >= 15 && i < 25) {
                    assertThat(frame.faces()).as("frame %d", i).isEmpty();
                } else {
                    assertThat(frame.faces()).as("frame %d", i).singleElement()
                            .extracting(FaceResult::trackId).isEqualTo(i < 15 ? 1 : 2);
                }
            }
            assertThat(model.streams()).hasSize(2);
            assertThat(model.streams().get(0).isClosed()).as("lost track's stream").isTrue();
            assertThat(model.streams().get(0).faces()).hasSize(15);
            assertThat(model.streams().get(1).isClosed()).isFalse();
            assertThat(pipeline.openTrackIds()).containsExactly(2);
        }
        assertThat(model.streams().get(1).isClosed()).as("closed with the pipeline").isTrue();
    }

    @Test
    void feedsSquareCropsAroundTheFaceAtTheCropSide() {
        try (EmotionPipeline pipeline = pipeline(null, new BrightBlobDetector(), Smoothing.none())) {
            FrameResult result = pipeline.process(Frames.withFaces(0, SyntheticVideo.movingFace(0)));

            assertThat(result.faces()).hasSize(1);
            var crop = model.streams().get(0).faces().get(0);
            assertThat(crop.width()).isEqualTo(48);
            assertThat(crop.height()).isEqualTo(48);
            // The face fills the centre of the crop and the dark background shows in its corners.
            assertThat(crop.get(24, 24)).isGreaterThan(0.8f);
            assertThat(crop.get(0, 0)).isLessThan(0.2f);
            assertThat(result.faces().get(0).emotion()).isEqualTo(Emotion.HAPPY);
        }
    }

    @Test
    void cropSideSetsTheSizeOfEveryCropHandedToTheModel() {
        try (EmotionPipeline pipeline = builder(null, new BrightBlobDetector()).optCropSide(96).build()) {
            pipeline.process(Frames.withFaces(0, SyntheticVideo.movingFace(0)));
            pipeline.process(Frames.withFaces(1, SyntheticVideo.movingFace(1)));
        }
        assertThat(model.streams()).singleElement().satisfies(stream -> {
            assertThat(stream.faces()).hasSize(2);
            assertThat(stream.faces()).allSatisfy(crop -> assertThat(crop.width()).isEqualTo(96));
            assertThat(stream.faces()).allSatisfy(crop -> assertThat(crop.height()).isEqualTo(96));
        });
    }

    @Test
    void frameWithoutFacesGivesAnEmptyResultNotAnError() {
        try (EmotionPipeline pipeline = pipeline(null, new BrightBlobDetector(), Smoothing.none())) {
            FrameResult result = pipeline.process(Frames.withFaces(3));
            assertThat(result.frameIndex()).isEqualTo(3);
            assertThat(result.hasFaces()).isFalse();
            assertThat(listener.frames()).containsExactly(result);
        }
    }

    @Test
    void emotionChangeIsAnnouncedOnceWhenTheFaceDims() {
        try (EmotionPipeline pipeline =
                builder(null, new BrightBlobDetector()).optSmoothing(Smoothing.none()).optHysteresis(new Hysteresis(0.1, 3)).build()) {
            for (int i = 0; i < 30; i++) {
                BoundingBox face = SyntheticVideo.movingFace(i);
                pipeline.process(new VideoFrame(i, i * 40_000L,
                        SyntheticVideo.frameWith(i < 12 ? SyntheticVideo.BRIGHT : SyntheticVideo.DIM, face)));
            }
        }
        assertThat(listener.changes()).containsExactly(
                new EmotionChange(1, null, Emotion.HAPPY, 2), new EmotionChange(1, Emotion.HAPPY, Emotion.SAD, 14));
        // The displayed emotion holds while the new one has not yet led for 3 frames.
        FaceResult beforeSwitch = listener.frames().get(13).faces().get(0);
        assertThat(beforeSwitch.smoothedScores().top()).isEqualTo(Emotion.SAD);
        assertThat(beforeSwitch.emotion()).isEqualTo(Emotion.HAPPY);
        assertThat(listener.frames().get(14).faces().get(0).emotion()).isEqualTo(Emotion.SAD);
    }

    @Test
    void smoothingLagsBehindTheRawScores() {
        try (EmotionPipeline pipeline = pipeline(null, new BrightBlobDetector(), Smoothing.windowedMean(10))) {
            for (int i = 0; i < 12; i++) {
                BoundingBox face = SyntheticVideo.movingFace(i);
                pipeline.process(new VideoFrame(i, 0, SyntheticVideo.frameWith(i < 8 ? SyntheticVideo.BRIGHT : SyntheticVideo.DIM, face)));
            }
        }
        FaceResult last = listener.frames().get(11).faces().get(0);
        assertThat(last.scores().top()).isEqualTo(Emotion.SAD);
        assertThat(last.smoothedScores().top()).isEqualTo(Emotion.HAPPY);
        assertThat(last.emotion()).isEqualTo(Emotion.HAPPY);
    }

    @Test
    void boxReachingOutOfTheFrameIsClippedNotRejected() {
        FaceDetector edge = frame -> List.of(new Detection(new BoundingBox(-10, -10, 40, 40), 0.9f));
        try (EmotionPipeline pipeline = pipeline(null, edge, Smoothing.none())) {
            FrameResult result = pipeline.process(Frames.withFaces(0, new BoundingBox(0, 0, 30, 30)));
            assertThat(result.faces()).singleElement().extracting(FaceResult::box).isEqualTo(new BoundingBox(-10, -10, 40, 40));
            assertThat(model.streams().get(0).faces().get(0).width()).isEqualTo(48);
        }
    }

    @Test
    void buildNamesTheMissingPart() {
        assertThatThrownBy(() -> EmotionPipeline.builder().optDetector(new BrightBlobDetector()).setModel(model).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("setSource");
        assertThatThrownBy(() -> EmotionPipeline.builder().setSource(new EmptySource()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("setModel");
        assertThatThrownBy(() -> builder(null, new BrightBlobDetector()).optCropSide(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Crop side");
        assertThatThrownBy(() -> builder(null, new BrightBlobDetector()).optBoxScale(0.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Box scale");
    }

    @Test
    void realTalkingFaceKeepsOneTrackWithTheDefaultDetector() {
        Path franck = SharedVideos.require("franck.mp4");
        try (VideoFileSource source = VideoFileSource.open(franck);
                EmotionPipeline pipeline = pipeline(source, null, Smoothing.exponential(0.3))) {
            assertThat(pipeline.run(120)).isEqualTo(120);
        }
        assertThat(listener.frames()).hasSize(120);
        assertThat(listener.frames()).allSatisfy(frame ->
                assertThat(frame.faces()).singleElement().extracting(FaceResult::trackId).isEqualTo(1));
        assertThat(model.streams()).hasSize(1);
    }

    private EmotionPipeline pipeline(VideoFileSource source, FaceDetector detector, Smoothing smoothing) {
        return builder(source, detector).optSmoothing(smoothing).build();
    }

    private EmotionPipeline.Builder builder(VideoFileSource source, FaceDetector detector) {
        return EmotionPipeline.builder()
                .setSource(source != null ? source : new EmptySource())
                .optDetector(detector)
                .setModel(model)
                .optTracker(TrackerSettings.builder().optMaxMissedFrames(5).build())
                .addListener(listener);
    }

    private static List<Long> range(int n) {
        return java.util.stream.LongStream.range(0, n).boxed().toList();
    }

    /** A source with no frames, for tests that push frames with {@link EmotionPipeline#process}. */
    private static final class EmptySource implements org.fer4j.video.source.FrameSource {
        @Override
        public java.util.Optional<VideoFrame> next() {
            return java.util.Optional.empty();
        }

        @Override
        public String description() {
            return "empty";
        }

        @Override
        public double frameRate() {
            return Double.NaN;
        }

        @Override
        public void close() {}
    }
}
