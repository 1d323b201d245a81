package org.fer4j.video.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.testing.Frames;
import org.fer4j.video.testing.SharedVideos;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BlazeFaceDetectorTest {

    private static BlazeFaceDetector detector;

    @BeforeAll
    static void loadShippedModelOffline() {
        detector = BlazeFaceDetector.create();
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    @Test
    void findsNoFaceInAFlatFrame() {
        assertThat(detector.detect(Frames.uniform(0, 320, 240, Color.GRAY))).isEmpty();
    }

    @Test
    void findsTheOneFaceOfTheSharedVideoWhereItIs() {
        VideoFrame frame = SharedVideos.frame("franck.mp4", 0);
        List<Detection> faces = detector.detect(frame);

        assertThat(faces).hasSize(1);
        Detection face = faces.get(0);
        assertThat(face.score()).isGreaterThan(0.8f);
        // The face sits in the middle of the 360x288 frame and is ~150 px tall.
        double cx = face.box().x() + face.box().width() / 2;
        double cy = face.box().y() + face.box().height() / 2;
        assertThat(cx).isBetween(150.0, 250.0);
        assertThat(cy).isBetween(120.0, 200.0);
        assertThat(face.box().height()).isBetween(100.0, 200.0);
    }

    @Test
    void missingModelFileIsReportedByPath() {
        Path missing = Path.of("no/such/model.onnx");
        assertThatThrownBy(() -> BlazeFaceDetector.builder().optModelFile(missing).build())
                .isInstanceOf(FaceDetectorException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void rejectsThresholdOutsideZeroOne() {
        assertThatThrownBy(() -> BlazeFaceDetector.builder().optScoreThreshold(1.5f).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }
}
