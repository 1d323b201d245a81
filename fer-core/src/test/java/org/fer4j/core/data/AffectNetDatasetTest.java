package org.fer4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.Emotion;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AffectNetDatasetTest {

    private static final String HEADER =
            "subDirectory_filePath,face_x,face_y,face_width,face_height,facial_landmarks,expression,valence,arousal";

    @TempDir Path dir;

    private Path images;

    /** 1/face.png: 120x100, bright (250) inside the box x 30..89, y 20..79, dark (5) outside. */
    @BeforeEach
    void writeImages() {
        images = dir.resolve("Manually_Annotated_Images");
        GeneratedFiles.boxImage(images.resolve("1/face.png"), 120, 100, 30, 20, 60, 60, 250, 5);
        GeneratedFiles.grayImage(images.resolve("2/other.jpg"), 64, 64, 100);
    }

    private static String row(String path, String box, String expression) {
        return path + "," + box + ",\"1.0;2.0;3.0;4.0\"," + expression + ",0.5,-0.2";
    }

    private AffectNetDataset load(List<String> rows, boolean lenient, LabelSet labelSet) throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(rows);
        Path csv = GeneratedFiles.text(dir.resolve("training.csv"), lines);
        AffectNetDataset.Builder builder =
                AffectNetDataset.builder().setCsvPath(csv).setImageRoot(images).optLenient(lenient);
        if (labelSet != null) {
            builder.optLabelSet(labelSet);
        }
        AffectNetDataset dataset = builder.build();
        dataset.prepare();
        return dataset;
    }

    private AffectNetDataset load(String... rows) throws Exception {
        return load(List.of(rows), false, null);
    }

    @Test
    void cropsTheFaceBoxAndMakesA48x48Face() throws Exception {
        AffectNetDataset dataset = load(row("1/face.png", "30,20,60,60", "1"));

        LabeledClip sample = dataset.sample(0);
        GrayImage face = sample.clip().frame(0);
        assertThat(sample.label()).isEqualTo(Emotion.HAPPY);
        assertThat(sample.source()).isEqualTo("training.csv, row 1 (1/face.png)");
        assertThat(face.width()).isEqualTo(48);
        assertThat(face.height()).isEqualTo(48);
        for (float v : face.pixels()) {
            assertThat(v * 255f).isCloseTo(250f, offset(1e-3f));
        }
    }

    @Test
    void clipsAFaceBoxThatCrossesTheImageBorder() throws Exception {
        // The box x 30..149 is clipped to 30..119: two thirds bright (30..89), one third dark.
        AffectNetDataset dataset = load(row("1/face.png", "30,20,120,60", "1"));

        GrayImage face = dataset.sample(0).clip().frame(0);
        assertThat(face.get(0, 24) * 255f).isCloseTo(250f, offset(1e-3f));
        assertThat(face.get(47, 24) * 255f).isCloseTo(5f, offset(1e-3f));
    }

    @Test
    void mapsAffectNetExpressionCodesToEmotions() throws Exception {
        AffectNetDataset dataset = load(List.of(
                        row("2/other.jpg", "0,0,64,64", "0"),
                        row("2/other.jpg", "0,0,64,64", "2"),
                        row("2/other.jpg", "0,0,64,64", "3"),
                        row("2/other.jpg", "0,0,64,64", "4"),
                        row("2/other.jpg", "0,0,64,64", "5"),
                        row("2/other.jpg", "0,0,64,64", "6"),
                        row("2/other.jpg", "0,0,64,64", "7")),
                false,
                LabelSet.of(Emotion.values()));

        assertThat(dataset.samples()).extracting(LabeledClip::label).containsExactly(
                Emotion.NEUTRAL, Emotion.SAD, Emotion.SURPRISE, Emotion.FEAR, Emotion.DISGUST, Emotion.ANGRY,
                Emotion.CONTEMPT);
        assertThat(AffectNetDataset.emotionOfCode(1)).contains(Emotion.HAPPY);
        assertThat(AffectNetDataset.emotionOfCode(8)).isEmpty();
    }

    @Test
    void skipsAndCountsNonEmotionCodesEvenInStrictMode() throws Exception {
        AffectNetDataset dataset = load(
                row("1/face.png", "30,20,60,60", "8"),
                row("missing.png", "30,20,60,60", "9"),
                row("1/face.png", "-5,-5,-1,0", "10"),
                row("1/face.png", "30,20,60,60", "6"));

        assertThat(dataset.samples()).extracting(LabeledClip::label).containsExactly(Emotion.ANGRY);
        assertThat(dataset.loadReport().skipped()).isEqualTo(3);
        assertThat(dataset.loadReport().problems()).satisfiesExactly(
                p -> assertThat(p).contains("row 1").contains("None"),
                p -> assertThat(p).contains("row 2").contains("Uncertain"),
                p -> assertThat(p).contains("row 3").contains("Non-Face"));
    }

    @Test
    void skipsAndCountsContemptUnderTheDefaultFer2013LabelSet() throws Exception {
        AffectNetDataset dataset = load(row("1/face.png", "30,20,60,60", "7"), row("1/face.png", "30,20,60,60", "0"));

        assertThat(dataset.labelSet()).isEqualTo(LabelSet.FER2013);
        assertThat(dataset.samples()).extracting(LabeledClip::label).containsExactly(Emotion.NEUTRAL);
        assertThat(dataset.classIndex(0)).isEqualTo(6);
        assertThat(dataset.loadReport().skipped()).isEqualTo(1);
        assertThat(dataset.loadReport().problems()).singleElement().asString().contains("row 1").contains("contempt");
    }

    @Test
    void findsColumnsByHeaderName() throws Exception {
        Path csv = GeneratedFiles.text(dir.resolve("reordered.csv"), List.of(
                "expression,face_height,face_width,face_y,face_x,subDirectory_filePath",
                "3,60,60,20,30,1/face.png"));
        AffectNetDataset dataset = AffectNetDataset.builder().setCsvPath(csv).setImageRoot(images).build();
        dataset.prepare();

        assertThat(dataset.sample(0).label()).isEqualTo(Emotion.SURPRISE);
        assertThat(dataset.sample(0).clip().frame(0).get(10, 10) * 255f).isCloseTo(250f, offset(1e-3f));
    }

    @Test
    void rejectsAHeaderWithoutTheExpressionColumn() {
        Path csv = GeneratedFiles.text(dir.resolve("bad.csv"), List.of(
                "subDirectory_filePath,face_x,face_y,face_width,face_height", "1/face.png,30,20,60,60"));

        assertThatThrownBy(() -> AffectNetDataset.builder().setCsvPath(csv).setImageRoot(images).build().prepare())
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("bad.csv, header")
                .hasMessageContaining("missing column 'expression'");
    }

    @Test
    void rejectsAnExpressionCodeOutsideZeroToTen() {
        assertThatThrownBy(() -> load(row("1/face.png", "30,20,60,60", "1"), row("1/face.png", "30,20,60,60", "11")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("training.csv, row 2")
                .hasMessageContaining("expression '11'");
    }

    @Test
    void rejectsANonNumericFaceBox() {
        assertThatThrownBy(() -> load(row("1/face.png", "30,twenty,60,60", "1")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("training.csv, row 1")
                .hasMessageContaining("face_y 'twenty'");
    }

    @Test
    void rejectsAnEmptyFaceBox() {
        assertThatThrownBy(() -> load(row("1/face.png", "30,20,0,60", "1")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("training.csv, row 1")
                .hasMessageContaining("must be positive");
    }

    @Test
    void rejectsAFaceBoxOutsideTheImage() {
        assertThatThrownBy(() -> load(row("1/face.png", "500,20,60,60", "1")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("training.csv, row 1")
                .hasMessageContaining("lies outside the 120x100 image");
    }

    @Test
    void rejectsAMissingImageNamingTheRowAndTheFile() {
        assertThatThrownBy(() -> load(row("1/face.png", "30,20,60,60", "1"), row("3/gone.png", "30,20,60,60", "1")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("training.csv, row 2")
                .hasMessageContaining("gone.png")
                .hasMessageContaining("not found");
    }

    @Test
    void rejectsNonImageBytesNamingTheRowAndTheFile() {
        GeneratedFiles.notAnImage(images.resolve("4/text.png"));

        assertThatThrownBy(() -> load(row("4/text.png", "0,0,10,10", "2")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("training.csv, row 1")
                .hasMessageContaining("text.png")
                .hasMessageContaining("not an image");
    }

    @Test
    void rejectsAPathThatLeavesTheImageRoot() {
        GeneratedFiles.grayImage(dir.resolve("outside.png"), 48, 48, 1);

        assertThatThrownBy(() -> load(row("../outside.png", "0,0,10,10", "2")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("training.csv, row 1")
                .hasMessageContaining("does not name a file under");
    }

    @Test
    void lenientModeSkipsAndCountsEveryMalformedRow() throws Exception {
        GeneratedFiles.notAnImage(images.resolve("4/text.png"));

        AffectNetDataset dataset = load(List.of(
                        row("1/face.png", "30,20,60,60", "12"),
                        row("1/face.png", "x,20,60,60", "1"),
                        row("3/gone.png", "30,20,60,60", "1"),
                        row("4/text.png", "0,0,10,10", "1"),
                        "1/face.png,1,2",
                        row("2/other.jpg", "0,0,64,64", "4")),
                true,
                null);

        assertThat(dataset.samples()).extracting(LabeledClip::label).containsExactly(Emotion.FEAR);
        assertThat(dataset.loadReport().loaded()).isEqualTo(1);
        assertThat(dataset.loadReport().skipped()).isEqualTo(5);
        assertThat(dataset.loadReport().problems()).satisfiesExactly(
                p -> assertThat(p).contains("row 1"),
                p -> assertThat(p).contains("row 2"),
                p -> assertThat(p).contains("row 3").contains("gone.png"),
                p -> assertThat(p).contains("row 4").contains("text.png"),
                p -> assertThat(p).contains("row 5"));
    }

    @Test
    void failsWhenNoRowIsUsable() {
        assertThatThrownBy(() -> load(row("1/face.png", "30,20,60,60", "8")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("training.csv")
                .hasMessageContaining("no usable rows");
    }

    @Test
    void builderRequiresCsvAndImageRoot() {
        assertThatThrownBy(() -> AffectNetDataset.builder().setImageRoot(images).build())
                .hasMessageContaining("setCsvPath");
        assertThatThrownBy(() -> AffectNetDataset.builder().setCsvPath(dir.resolve("a.csv")).build())
                .hasMessageContaining("setImageRoot");
    }
}
