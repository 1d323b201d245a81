package org.fer4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.Emotion;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CkPlusDatasetTest {

    @TempDir Path dir;

    private Path root;

    /**
     * anger: S005_001 (frames 9, 10, 11, unpadded so that name order differs from frame order) and
     * S010_002 (frames 1..3); contempt: S005_003 (frames 4, 5); happy: S011_001 (frames 7, 8, 9).
     * Each frame's intensity is 10 x its frame number.
     */
    @BeforeEach
    void writeSequences() {
        root = dir.resolve("ck");
        for (int frame : new int[] {9, 10, 11}) {
            frame("anger", "S005_001_" + frame + ".png", frame);
        }
        for (int frame = 1; frame <= 3; frame++) {
            frame("anger", String.format("S010_002_%08d.png", frame), frame);
        }
        frame("contempt", "S005_003_00000004.png", 4);
        frame("contempt", "S005_003_00000005.png", 5);
        for (int frame = 7; frame <= 9; frame++) {
            frame("happy", String.format("S011_001_%08d.png", frame), frame);
        }
    }

    private void frame(String label, String name, int frameNumber) {
        GeneratedFiles.grayImage(root.resolve(label).resolve(name), 48, 48, 10 * frameNumber);
    }

    private static float intensity(Clip clip, int t) {
        return clip.frame(t).get(0, 0) * 255f;
    }

    private CkPlusDataset load(CkPlusDataset.Builder builder) throws Exception {
        CkPlusDataset dataset = builder.build();
        dataset.prepare();
        return dataset;
    }

    @Test
    void groupsFramesIntoOneClipPerSequenceOrderedByFrameNumber() throws Exception {
        CkPlusDataset dataset = load(CkPlusDataset.builder().setRoot(root));

        assertThat(dataset.samples()).extracting(LabeledClip::source)
                .containsExactly("ck/anger/S005_001", "ck/anger/S010_002", "ck/contempt/S005_003", "ck/happy/S011_001");
        Clip first = dataset.sample(0).clip();
        assertThat(first.length()).isEqualTo(3);
        assertThat(intensity(first, 0)).isCloseTo(90f, offset(1e-3f));
        assertThat(intensity(first, 1)).isCloseTo(100f, offset(1e-3f));
        assertThat(intensity(first, 2)).isCloseTo(110f, offset(1e-3f));
        assertThat(dataset.sample(2).clip().length()).isEqualTo(2);
    }

    @Test
    void recordsTheSubjectOfEverySequence() throws Exception {
        CkPlusDataset dataset = load(CkPlusDataset.builder().setRoot(root));

        assertThat(dataset.samples()).extracting(LabeledClip::subject).containsExactly("S005", "S010", "S005", "S011");
    }

    @Test
    void indexesLabelsInTheCkPlusLabelSetByDefault() throws Exception {
        CkPlusDataset dataset = load(CkPlusDataset.builder().setRoot(root));

        assertThat(dataset.labelSet()).isEqualTo(LabelSet.CK_PLUS);
        assertThat(dataset.samples()).extracting(LabeledClip::label)
                .containsExactly(Emotion.ANGRY, Emotion.ANGRY, Emotion.CONTEMPT, Emotion.HAPPY);
        assertThat(dataset.classIndex(2)).isEqualTo(1);
        assertThat(dataset.classCounts()).containsExactly(2, 1, 0, 0, 1, 0, 0);
    }

    @Test
    void evaluatingWithTheFer2013LabelSetSkipsAndCountsContemptSequences() throws Exception {
        CkPlusDataset dataset = load(CkPlusDataset.builder().setRoot(root).optLabelSet(LabelSet.FER2013));

        assertThat(dataset.samples()).extracting(LabeledClip::label)
                .containsExactly(Emotion.ANGRY, Emotion.ANGRY, Emotion.HAPPY);
        assertThat(dataset.classIndex(2)).isEqualTo(3);
        assertThat(dataset.loadReport().skipped()).isEqualTo(1);
        assertThat(dataset.loadReport().problems()).singleElement().asString()
                .contains("ck/contempt").contains("outside the label set");
    }

    @Test
    void framesPerClipKeepsTheLastFramesAndSkipsShorterSequences() throws Exception {
        CkPlusDataset dataset = load(CkPlusDataset.builder().setRoot(root).optFramesPerClip(2));

        assertThat(dataset.samples()).allSatisfy(s -> assertThat(s.clip().length()).isEqualTo(2));
        assertThat(intensity(dataset.sample(0).clip(), 0)).isCloseTo(100f, offset(1e-3f));

        CkPlusDataset three = load(CkPlusDataset.builder().setRoot(root).optFramesPerClip(3));
        assertThat(three.samples()).extracting(LabeledClip::source)
                .containsExactly("ck/anger/S005_001", "ck/anger/S010_002", "ck/happy/S011_001");
        assertThat(three.loadReport().skipped()).isEqualTo(1);
        assertThat(three.loadReport().problems()).singleElement().asString()
                .contains("S005_003").contains("fewer than framesPerClip 3");
    }

    @Test
    void stillsModeMakesEveryFrameAOneFrameSampleWithItsSequenceLabelAndSubject() throws Exception {
        CkPlusDataset dataset = load(CkPlusDataset.builder().setRoot(root).optStills(true));

        assertThat(dataset.size()).isEqualTo(11);
        assertThat(dataset.samples()).allSatisfy(s -> assertThat(s.clip().length()).isEqualTo(1));
        LabeledClip first = dataset.sample(0);
        assertThat(first.source()).isEqualTo("ck/anger/S005_001_9.png");
        assertThat(first.subject()).isEqualTo("S005");
        assertThat(first.label()).isEqualTo(Emotion.ANGRY);
        assertThat(dataset.sample(10).label()).isEqualTo(Emotion.HAPPY);
    }

    @Test
    void stillsHonourFramesPerClip() throws Exception {
        CkPlusDataset dataset = load(CkPlusDataset.builder().setRoot(root).optStills(true).optFramesPerClip(1));

        assertThat(dataset.samples()).extracting(LabeledClip::source).containsExactly(
                "ck/anger/S005_001_11.png",
                "ck/anger/S010_002_00000003.png",
                "ck/contempt/S005_003_00000005.png",
                "ck/happy/S011_001_00000009.png");
    }

    @Test
    void rejectsNonImageBytesNamingTheFile() {
        GeneratedFiles.notAnImage(root.resolve("happy/S012_001_00000001.png"));

        assertThatThrownBy(() -> load(CkPlusDataset.builder().setRoot(root)))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("S012_001_00000001.png")
                .hasMessageContaining("not an image");
    }

    @Test
    void lenientModeSkipsTheSequenceOfACorruptFrameAndCountsIt() throws Exception {
        GeneratedFiles.grayImage(root.resolve("happy/S012_001_00000001.png"), 48, 48, 1);
        GeneratedFiles.notAnImage(root.resolve("happy/S012_001_00000002.png"));

        CkPlusDataset dataset = load(CkPlusDataset.builder().setRoot(root).optLenient(true));

        assertThat(dataset.samples()).extracting(LabeledClip::subject).doesNotContain("S012");
        assertThat(dataset.size()).isEqualTo(4);
        assertThat(dataset.loadReport().skipped()).isEqualTo(1);
        assertThat(dataset.loadReport().problems()).singleElement().asString().contains("S012_001_00000002.png");
    }

    @Test
    void rejectsAFolderThatNamesNoEmotion() {
        GeneratedFiles.grayImage(root.resolve("boredom/S020_001_00000001.png"), 48, 48, 1);

        assertThatThrownBy(() -> load(CkPlusDataset.builder().setRoot(root)))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("ck/boredom")
                .hasMessageContaining("not an emotion label");
    }

    @Test
    void lenientModeSkipsAndCountsAFolderThatNamesNoEmotion() throws Exception {
        GeneratedFiles.grayImage(root.resolve("boredom/S020_001_00000001.png"), 48, 48, 1);
        GeneratedFiles.grayImage(root.resolve("boredom/S020_001_00000002.png"), 48, 48, 1);

        CkPlusDataset dataset = load(CkPlusDataset.builder().setRoot(root).optLenient(true));

        assertThat(dataset.size()).isEqualTo(4);
        assertThat(dataset.loadReport().skipped()).isEqualTo(2);
        assertThat(dataset.loadReport().problems()).singleElement().asString().contains("boredom");
    }

    @Test
    void rejectsAFileNameThatIsNotSubjectSequenceFrame() {
        GeneratedFiles.grayImage(root.resolve("happy/face.png"), 48, 48, 1);

        assertThatThrownBy(() -> load(CkPlusDataset.builder().setRoot(root)))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("ck/happy/face.png")
                .hasMessageContaining("S<subject>_<sequence>_<frame>");
    }

    @Test
    void ignoresFilesWithoutAnImageExtension() throws Exception {
        GeneratedFiles.text(root.resolve("happy/README.txt"), List.of("notes"));

        assertThat(load(CkPlusDataset.builder().setRoot(root)).size()).isEqualTo(4);
    }

    @Test
    void convertsLargerFramesTo48x48() throws Exception {
        GeneratedFiles.grayImage(root.resolve("fear/S030_001_00000001.png"), 96, 96, 200);

        CkPlusDataset dataset = load(CkPlusDataset.builder().setRoot(root));
        Clip fear = dataset.samples().stream().filter(s -> s.label() == Emotion.FEAR).findFirst().orElseThrow().clip();

        assertThat(fear.width()).isEqualTo(48);
        assertThat(fear.height()).isEqualTo(48);
        assertThat(fear.frame(0).get(20, 20) * 255f).isCloseTo(200f, offset(1e-3f));
    }

    @Test
    void rejectsAMissingRoot() {
        assertThatThrownBy(() -> load(CkPlusDataset.builder().setRoot(dir.resolve("absent"))))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("absent")
                .hasMessageContaining("not a directory");
    }

    @Test
    void builderValidatesItsSettings() {
        assertThatThrownBy(() -> CkPlusDataset.builder().build()).hasMessageContaining("setRoot");
        assertThatThrownBy(() -> CkPlusDataset.builder().setRoot(root).optFramesPerClip(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("framesPerClip");
    }
}
