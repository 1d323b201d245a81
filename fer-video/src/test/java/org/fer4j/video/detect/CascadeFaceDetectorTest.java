package org.fer4j.video.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetectorException;
import org.fer4j.video.detect.CascadeFaceDetector.Cascade;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.testing.Frames;
import org.fer4j.video.testing.SharedVideos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeFaceDetectorTest {

    @TempDir Path dir;

    @Test
    void findsNoFaceInAFlatFrame() {
        try (CascadeFaceDetector detector = CascadeFaceDetector.create()) {
            assertThat(detector.detect(Frames.uniform(0, 320, 240, Color.DARK_GRAY).picture())).isEmpty();
        }
    }

    @Test
    void everyShippedCascadeFindsTheFaceOfTheSharedVideo() {
        VideoFrame frame = SharedVideos.frame("franck.mp4", 0);
        for (Cascade cascade : Cascade.values()) {
            try (CascadeFaceDetector detector = CascadeFaceDetector.builder().optCascade(cascade).build()) {
                List<Detection> faces = detector.detect(frame.picture());
                assertThat(faces).as(cascade.name()).hasSize(1);
                Detection face = faces.get(0);
                double cx = face.box().x() + face.box().width() / 2;
                assertThat(cx).as(cascade.name()).isBetween(150.0, 250.0);
                assertThat(face.score()).as(cascade.name()).isBetween(0f, 1f);
            }
        }
    }

    @Test
    void fileThatIsNotACascadeIsRejectedByName() throws IOException {
        Path bogus = Files.writeString(dir.resolve("bogus.xml"), "<opencv_storage></opencv_storage>");
        assertThatThrownBy(() -> CascadeFaceDetector.builder().optCascadeFile(bogus).build())
                .isInstanceOf(FaceDetectorException.class)
                .hasMessageContaining(bogus.toString());
    }

    @Test
    void rejectsScaleFactorNotAboveOne() {
        assertThatThrownBy(() -> CascadeFaceDetector.builder().optScaleFactor(1.0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale factor");
    }
}
