package org.fer4j.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetectorException;
import org.fer4j.core.face.FaceLandmark;
import org.fer4j.core.face.Keypoint;
import org.fer4j.core.image.Picture;
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
    void findsNoFaceInAFlatPicture() {
        BufferedImage gray = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = gray.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        assertThat(detector.detect(Picture.of(gray))).isEmpty();
    }

    @Test
    void findsTheOneFaceOfAPortraitWithSixKeypointsInsideItsBox() {
        Picture portrait = SharedPhotos.picture("faces/happy-01-frec.png");

        List<Detection> faces = detector.detect(portrait);

        assertThat(faces).hasSize(1);
        Detection face = faces.get(0);
        assertThat(face.score()).isGreaterThan(0.7f);
        // The crops hold the face plus a 25 % margin: the box covers most of the picture's middle.
        assertThat(face.box().width()).isBetween(0.4 * portrait.width(), 0.95 * portrait.width());
        assertThat(face.keypoints()).hasSize(6);
        Keypoint right = face.keypoint(FaceLandmark.RIGHT_EYE).orElseThrow();
        Keypoint left = face.keypoint(FaceLandmark.LEFT_EYE).orElseThrow();
        Keypoint mouth = face.keypoint(FaceLandmark.MOUTH).orElseThrow();
        // The person's right eye is on the left of the picture, and the mouth below both eyes.
        assertThat(right.x()).isLessThan(left.x());
        assertThat(mouth.y()).isGreaterThan(Math.max(right.y(), left.y()));
        assertThat(right.x()).isBetween(face.box().x(), face.box().x() + face.box().width());
    }

    @Test
    void givesTheSameFacesFromEightThreadsAsFromOne() throws Exception {
        Picture portrait = SharedPhotos.picture("faces/neutral-01-facenet.png");
        List<Detection> serial = detector.detect(portrait);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Detection>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> detector.detect(portrait)));
            }
            for (Future<List<Detection>> result : results) {
                assertThat(result.get()).isEqualTo(serial);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void missingModelFileIsReportedByPath() {
        Path missing = Path.of("no/such/model.onnx");
        assertThatThrownBy(() -> BlazeFaceDetector.builder().optModelFile(missing).build())
                .isInstanceOf(FaceDetectorException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aFileThatIsNotAModelIsReportedByPath() throws Exception {
        Path text = java.nio.file.Files.createTempFile("not-a-model", ".onnx");
        try {
            java.nio.file.Files.writeString(text, "hello");
            assertThatThrownBy(() -> BlazeFaceDetector.builder().optModelFile(text).build())
                    .isInstanceOf(FaceDetectorException.class)
                    .hasMessageContaining(text.toString());
        } finally {
            java.nio.file.Files.delete(text);
        }
    }

    @Test
    void rejectsThresholdOutsideZeroOne() {
        assertThatThrownBy(() -> BlazeFaceDetector.builder().optScoreThreshold(1.5f).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }
}
