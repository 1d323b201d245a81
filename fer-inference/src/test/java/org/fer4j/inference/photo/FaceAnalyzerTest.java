package org.fer4j.inference.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.Emotion;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.core.face.FaceLandmark;
import org.fer4j.core.face.Keypoint;
import org.fer4j.core.image.BadPictureException;
import org.fer4j.core.image.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceAnalyzerTest {

    private static final BoundingBox BRIGHT = new BoundingBox(20, 20, 60, 60);
    private static final BoundingBox DARK = new BoundingBox(120, 20, 60, 60);

    /** A picture with a white square on the left and a black one on the right, on gray. */
    private static BufferedImage twoFaces() {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.WHITE);
        g.fillRect(10, 10, 80, 80);
        g.setColor(Color.BLACK);
        g.fillRect(110, 10, 80, 80);
        g.dispose();
        return image;
    }

    private static List<Keypoint> keypointsIn(BoundingBox box) {
        List<Keypoint> points = new ArrayList<>();
        for (FaceLandmark landmark : FaceLandmark.values()) {
            points.add(new Keypoint(landmark, box.x() + 10 + 8 * landmark.ordinal(), box.y() + 20));
        }
        return points;
    }

    /** A fake detector finding the two squares of {@link #twoFaces()} in any picture at least 200 px wide. */
    private static final FaceDetector TWO_SQUARES = picture -> picture.width() < 200
            ? List.of()
            : List.of(new Detection(BRIGHT, keypointsIn(BRIGHT), 0.9f), new Detection(DARK, keypointsIn(DARK), 0.8f));

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private final BrightnessModel model = new BrightnessModel();

    private FaceAnalyzer analyzer() {
        return FaceAnalyzer.builder().setModel(model).optDetector(TWO_SQUARES).build();
    }

    @Test
    void givesEachFaceItsBoxKeypointsDetectionScoreAndEmotion() {
        try (FaceAnalyzer analyzer = analyzer()) {
            List<AnalyzedFace> faces = analyzer.analyze(twoFaces());

            assertThat(faces).hasSize(2);
            assertThat(faces.get(0).box()).isEqualTo(BRIGHT);
            assertThat(faces.get(0).keypoints()).isEqualTo(keypointsIn(BRIGHT));
            assertThat(faces.get(0).detectionScore()).isEqualTo(0.9f);
            assertThat(faces.get(0).emotion()).isEqualTo(Emotion.HAPPY);
            assertThat(faces.get(1).emotion()).isEqualTo(Emotion.SAD);
            assertThat(model.scored).hasSize(2).allSatisfy(face -> assertThat(face.width()).isEqualTo(48));
        }
    }

    @Test
    void aPictureWithoutFacesGivesAnEmptyListOrAClearErrorWhenAFaceIsRequired() throws Exception {
        BufferedImage small = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        try (FaceAnalyzer lenient = analyzer();
                FaceAnalyzer strict = FaceAnalyzer.builder().setModel(model).optDetector(TWO_SQUARES).optRequireFace(true).build()) {
            assertThat(lenient.analyze(small)).isEmpty();
            assertThatThrownBy(() -> strict.analyze(png(small), "holiday.png"))
                    .isInstanceOf(NoFaceFoundException.class)
                    .hasMessageContaining("holiday.png")
                    .hasMessageContaining("optRequireFace(false)");
        }
    }

    @Test
    void dropsFacesSmallerThanTheMinimumSize() {
        try (FaceAnalyzer analyzer = FaceAnalyzer.builder().setModel(model).optDetector(TWO_SQUARES).optMinFaceSize(61).build()) {
            assertThat(analyzer.analyze(twoFaces())).isEmpty();
        }
    }

    @Test
    void decodesBytesAndFilesAndNamesABadPicture(@TempDir Path dir) throws Exception {
        Path good = Files.write(dir.resolve("good.png"), png(twoFaces()));
        try (FaceAnalyzer analyzer = analyzer()) {
            assertThat(analyzer.analyze(good)).hasSize(2);
            assertThat(analyzer.analyze(png(twoFaces()), "upload-1")).hasSize(2);
            assertThatThrownBy(() -> analyzer.analyze(new byte[0], "upload-2"))
                    .isInstanceOf(BadPictureException.class)
                    .hasMessageContaining("upload-2");
            assertThatThrownBy(() -> analyzer.analyze(dir.resolve("missing.jpg")))
                    .isInstanceOf(BadPictureException.class)
                    .hasMessageContaining("missing.jpg");
        }
    }

    @Test
    void aBatchScoresEveryGoodFileAndNamesEachBadOne(@TempDir Path dir) throws Exception {
        Path good = Files.write(dir.resolve("good.png"), png(twoFaces()));
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        Path alsoGood = Files.write(dir.resolve("also-good.png"), png(twoFaces()));

        try (FaceAnalyzer analyzer = analyzer()) {
            List<PhotoAnalysis> results = analyzer.analyzeAll(List.of(good, empty, text, alsoGood));

            assertThat(results).extracting(PhotoAnalysis::succeeded).containsExactly(true, false, false, true);
            assertThat(results.get(0).faces()).hasSize(2);
            assertThat(results.get(3).faces()).hasSize(2);
            assertThat(results.get(1).failure()).get().isInstanceOf(BadPictureException.class)
                    .extracting(Exception::getMessage).asString().contains("empty.jpg");
            assertThat(results.get(2).failure()).get().extracting(Exception::getMessage).asString().contains("notes.png");
        }
    }

    @Test
    void encodedPicturesOfABatchGetTheFacesEachGetsAloneAndBadOnesTheirError() throws Exception {
        byte[] good = png(twoFaces());
        try (FaceAnalyzer analyzer = analyzer()) {
            List<PhotoAnalysis> results = analyzer.analyzeAll(
                    List.of(good, "not a picture".getBytes(), good), List.of("a.png", "notes.png", "b.png"));

            assertThat(results).extracting(PhotoAnalysis::source).containsExactly("a.png", "notes.png", "b.png");
            assertThat(results).extracting(PhotoAnalysis::succeeded).containsExactly(true, false, true);
            assertThat(results.get(1).failure()).get().extracting(Exception::getMessage).asString().contains("notes.png");
            List<String> alone = summary(analyzer.analyze(good, "a.png"));
            assertThat(summary(results.get(0).faces())).isEqualTo(alone);
            assertThat(summary(results.get(2).faces())).isEqualTo(alone);
            assertThatThrownBy(() -> analyzer.analyzeAll(List.of(good), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 pictures and 0 names");
        }
    }

    @Test
    void eightThreadsGetTheSameFacesAsOne() throws Exception {
        BufferedImage picture = twoFaces();
        try (FaceAnalyzer analyzer = analyzer()) {
            List<String> serial = summary(analyzer.analyze(picture));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    results.add(pool.submit(() -> summary(analyzer.analyze(picture))));
                }
                for (Future<List<String>> result : results) {
                    assertThat(result.get()).isEqualTo(serial);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    /** Detection and every probability, exactly. */
    private static List<String> summary(List<AnalyzedFace> faces) {
        return faces.stream().map(f -> f.detection() + java.util.Arrays.toString(f.scores().toArray())).toList();
    }

    @Test
    void closesTheModelOnlyWhenItOwnsItAndNeverAPassedDetector() {
        boolean[] detectorClosed = new boolean[1];
        FaceDetector detector = new FaceDetector() {
            @Override
            public List<Detection> detect(Picture picture) {
                return List.of();
            }

            @Override
            public void close() {
                detectorClosed[0] = true;
            }
        };
        FaceAnalyzer.builder().setModel(model).optDetector(detector).build().close();
        assertThat(model.closed).isFalse();
        assertThat(detectorClosed[0]).isFalse();

        FaceAnalyzer owning = FaceAnalyzer.builder().setModel(model).optDetector(detector).optOwnModel(true).build();
        owning.close();
        assertThat(model.closed).isTrue();
        assertThatThrownBy(() -> owning.analyze(twoFaces())).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void buildNamesTheMissingModel() {
        assertThatThrownBy(() -> FaceAnalyzer.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("setModel");
        assertThatThrownBy(() -> FaceAnalyzer.builder().setModel(model).optMinFaceSize(2).build())
                .hasMessageContaining("Minimum face size");
    }
}
