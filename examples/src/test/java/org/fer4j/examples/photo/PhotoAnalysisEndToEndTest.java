package org.fer4j.examples.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.FaceLandmark;
import org.fer4j.core.face.Keypoint;
import org.fer4j.core.image.BadPictureException;
import org.fer4j.inference.photo.AnalyzedFace;
import org.fer4j.inference.photo.FaceAnalyzer;
import org.fer4j.inference.photo.NoFaceFoundException;
import org.fer4j.inference.photo.PhotoAnalysis;
import org.fer4j.models.EmotionRecognizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The photo API with the real detector and the default PyTorch model, on shipped and shared pictures. */
class PhotoAnalysisEndToEndTest {

    private static EmotionRecognizer model;
    private static FaceAnalyzer analyzer;

    @BeforeAll
    static void open() throws Exception {
        model = EmotionRecognizer.pretrained();
        analyzer = FaceAnalyzer.builder().setModel(model).build();
    }

    @AfterAll
    static void close() {
        analyzer.close();
        model.close();
    }

    @Test
    void findsEveryFaceOfTheShippedGroupPicturesWhereItIs() throws Exception {
        List<String> rows = Files.readAllLines(Path.of(PhotoAnalysisEndToEndTest.class.getResource("/org/fer4j/examples/photo/groups.csv").toURI()));
        for (String file : List.of("group-5.jpg", "group-8.jpg")) {
            List<BoundingBox> expected = rows.stream().skip(1).map(r -> r.split(",")).filter(f -> f[0].equals(file))
                    .map(f -> new BoundingBox(Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])))
                    .toList();

            List<AnalyzedFace> faces = analyzer.analyze(TestPictures.resource("/org/fer4j/examples/photo/" + file));

            assertThat(faces).as(file).hasSameSizeAs(expected);
            for (BoundingBox box : expected) {
                assertThat(faces).as(file + " face at " + box).anySatisfy(f -> assertThat(f.box().iou(box)).isGreaterThan(0.3));
            }
            assertThat(faces).allSatisfy(f -> assertThat(f.keypoints()).hasSize(6));
        }
    }

    @Test
    void findsNineInTenClearFacesOfTheSharedGroupPhotos() throws Exception {
        Map<Path, Integer> clear = SharedPhotoSet.clearFacesPerGroupPhoto();

        List<PhotoAnalysis> results = analyzer.analyzeAll(new ArrayList<>(clear.keySet()));

        assertThat(results).allSatisfy(r -> assertThat(r.succeeded()).as(r.source()).isTrue());
        int labelled = clear.values().stream().mapToInt(Integer::intValue).sum();
        int found = results.stream().mapToInt(r -> Math.min(r.faces().size(), clear.get(Path.of(r.source())))).sum();
        assertThat(labelled).isEqualTo(93);
        assertThat(found).isGreaterThanOrEqualTo(84);
    }

    @Test
    void aPictureWithoutAFaceGivesNoFacesOrAClearErrorWhenOneIsRequired() throws Exception {
        BufferedImage empty = TestPictures.faceOn(640, 480, 1, 0);
        assertThat(analyzer.analyze(empty)).isEmpty();
        try (FaceAnalyzer strict = FaceAnalyzer.builder().setModel(model).optRequireFace(true).build()) {
            assertThatThrownBy(() -> strict.analyze(TestPictures.encoded(empty, "png"), "wall.png"))
                    .isInstanceOf(NoFaceFoundException.class)
                    .hasMessageContaining("wall.png");
        }
    }

    @Test
    void reportsASmallFaceAndLeavesOutOneBelowTheMinimumSize() {
        assertThat(analyzer.analyze(TestPictures.faceOn(1000, 700, 80, 0))).as("a 80 px crop holds a ~50 px face").hasSize(1);
        assertThat(analyzer.analyze(TestPictures.faceOn(1000, 700, 36, 0))).as("a ~22 px face").isEmpty();
    }

    @Test
    void findsATurnedFaceAndReportsItsTurnInTheKeypoints() {
        List<AnalyzedFace> faces = analyzer.analyze(TestPictures.faceOn(400, 400, 160, 25));

        assertThat(faces).hasSize(1);
        Keypoint right = faces.get(0).keypoints().get(FaceLandmark.RIGHT_EYE.ordinal());
        Keypoint left = faces.get(0).keypoints().get(FaceLandmark.LEFT_EYE.ordinal());
        assertThat(Math.toDegrees(Math.atan2(left.y() - right.y(), left.x() - right.x()))).isBetween(15.0, 35.0);
    }

    @Test
    void alphaGraySixteenBitAndCmykPicturesAreReadAsTheSamePicture() throws Exception {
        BufferedImage rgb = TestPictures.faceOn(400, 300, 160, 0);
        AnalyzedFace reference = single(analyzer.analyze(rgb));
        AnalyzedFace gray = single(analyzer.analyze(TestPictures.as(rgb, BufferedImage.TYPE_BYTE_GRAY)));

        // Alpha changes nothing; 16-bit gray holds the same luma as 8-bit gray.
        assertSameFace(single(analyzer.analyze(TestPictures.as(rgb, BufferedImage.TYPE_INT_ARGB))), reference, 0.98, 1e-5f);
        assertSameFace(single(analyzer.analyze(TestPictures.encoded(TestPictures.as(rgb, BufferedImage.TYPE_INT_ARGB), "png"), "alpha.png")),
                reference, 0.98, 1e-5f);
        assertSameFace(single(analyzer.analyze(TestPictures.as(rgb, BufferedImage.TYPE_USHORT_GRAY))), gray, 0.98, 0.02f);
        // The detector sees a gray picture a little differently (a box a few pixels off), never brighter.
        assertSameFace(gray, reference, 0.8, 0.15f);
        // A CMYK JPEG is converted, not brightened: it scores like the same picture as an RGB JPEG.
        AnalyzedFace rgbJpeg = single(analyzer.analyze(TestPictures.encoded(rgb, "jpg"), "rgb.jpg"));
        assertSameFace(single(analyzer.analyze(TestPictures.cmykJpeg(rgb), "cmyk.jpg")), rgbJpeg, 0.8, 0.15f);
    }

    private static void assertSameFace(AnalyzedFace face, AnalyzedFace reference, double minIou, float maxScoreDifference) {
        assertThat(face.box().iou(reference.box())).isGreaterThan(minIou);
        float[] a = face.scores().toArray();
        float[] b = reference.scores().toArray();
        for (int i = 0; i < a.length; i++) {
            assertThat(Math.abs(a[i] - b[i])).as(Arrays.toString(a) + " vs " + Arrays.toString(b)).isLessThanOrEqualTo(maxScoreDifference);
        }
    }

    private static AnalyzedFace single(List<AnalyzedFace> faces) {
        assertThat(faces).hasSize(1);
        return faces.get(0);
    }

    @Test
    void eachBadPictureIsNamedAndTheBatchScoresTheGoodOnes(@TempDir Path dir) throws Exception {
        byte[] jpeg = TestPictures.encoded(TestPictures.faceOn(400, 300, 160, 0), "jpg");
        Path good = Files.write(dir.resolve("good.jpg"), jpeg);
        Path empty = Files.write(dir.resolve("zero-bytes.jpg"), new byte[0]);
        Path truncated = Files.write(dir.resolve("truncated.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        Path text = Files.writeString(dir.resolve("readme.png"), "this is not a picture");
        Path dot = Files.write(dir.resolve("one-pixel.png"), TestPictures.encoded(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png"));
        Path bomb = Files.write(dir.resolve("bomb.png"), TestPictures.pngDeclaring(20000, 20000));

        List<PhotoAnalysis> results = analyzer.analyzeAll(List.of(empty, truncated, good, text, dot, bomb));

        assertThat(results).extracting(PhotoAnalysis::succeeded).containsExactly(false, false, true, false, false, false);
        assertThat(results.get(2).faces()).hasSize(1);
        for (PhotoAnalysis failed : List.of(results.get(0), results.get(1), results.get(3), results.get(4), results.get(5))) {
            assertThat(failed.failure()).get().isInstanceOf(BadPictureException.class)
                    .extracting(Throwable::getMessage).asString().contains(Path.of(failed.source()).getFileName().toString());
        }
    }
}
