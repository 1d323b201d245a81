package org.fer4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.fer4j.core.Emotion;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderDatasetTest {

    @TempDir Path dir;

    private ImageFolderDataset load(ImageFolderDataset.Builder builder) throws Exception {
        ImageFolderDataset dataset = builder.build();
        dataset.prepare();
        return dataset;
    }

    private ImageFolderDataset load(Path root) throws Exception {
        return load(ImageFolderDataset.builder().setRoot(root));
    }

    @Test
    void usesTheFer2013LabelSetWhenEveryFolderBelongsToIt() throws Exception {
        GeneratedFiles.grayImage(dir.resolve("happy/a.png"), 48, 48, 10);
        GeneratedFiles.grayImage(dir.resolve("sadness/b.png"), 48, 48, 20);

        ImageFolderDataset dataset = load(dir);

        assertThat(dataset.labelSet()).isEqualTo(LabelSet.FER2013);
        assertThat(dataset.samples()).extracting(LabeledClip::label).containsExactly(Emotion.HAPPY, Emotion.SAD);
        assertThat(dataset.classIndex(0)).isEqualTo(3);
        assertThat(dataset.classIndex(1)).isEqualTo(4);
        assertThat(dataset.sample(0).source()).isEqualTo(dir.getFileName() + "/happy/a.png");
        assertThat(dataset.sample(0).subject()).isEmpty();
    }

    @Test
    void usesTheFolderEmotionsSortedByLabelOtherwise() throws Exception {
        GeneratedFiles.grayImage(dir.resolve("happy/a.png"), 48, 48, 10);
        GeneratedFiles.grayImage(dir.resolve("contempt/b.png"), 48, 48, 20);
        GeneratedFiles.grayImage(dir.resolve("anger/c.png"), 48, 48, 30);

        ImageFolderDataset dataset = load(dir);

        assertThat(dataset.labelSet()).isEqualTo(LabelSet.of(Emotion.ANGRY, Emotion.CONTEMPT, Emotion.HAPPY));
        assertThat(dataset.classCounts()).containsExactly(1, 1, 1);
        assertThat(dataset.samples()).extracting(LabeledClip::label)
                .containsExactly(Emotion.ANGRY, Emotion.CONTEMPT, Emotion.HAPPY);
    }

    @Test
    void explicitLabelSetSkipsAndCountsOtherEmotions() throws Exception {
        GeneratedFiles.grayImage(dir.resolve("happy/a.png"), 48, 48, 10);
        GeneratedFiles.grayImage(dir.resolve("fear/b.png"), 48, 48, 20);
        GeneratedFiles.grayImage(dir.resolve("fear/c.png"), 48, 48, 20);

        ImageFolderDataset dataset = load(ImageFolderDataset.builder()
                .setRoot(dir)
                .optLabelSet(LabelSet.of(Emotion.NEUTRAL, Emotion.HAPPY)));

        assertThat(dataset.labelSet()).isEqualTo(LabelSet.of(Emotion.NEUTRAL, Emotion.HAPPY));
        assertThat(dataset.size()).isEqualTo(1);
        assertThat(dataset.classIndex(0)).isEqualTo(1);
        assertThat(dataset.loadReport().skipped()).isEqualTo(2);
        assertThat(dataset.loadReport().problems()).singleElement().asString().contains("fear").contains("2 entries");
    }

    @Test
    void labelSetReadFromFoldersIsOnlyKnownOncePrepared() {
        ImageFolderDataset dataset = ImageFolderDataset.builder().setRoot(dir).build();

        assertThatThrownBy(dataset::labelSet)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prepare()");
    }

    @Test
    void readsEverySupportedExtensionWhateverItsCase() throws Exception {
        for (String name : List.of("a.png", "b.JPG", "c.jpeg", "d.bmp", "e.gif")) {
            GeneratedFiles.grayImage(dir.resolve("neutral").resolve(name), 48, 48, 128);
        }
        GeneratedFiles.text(dir.resolve("neutral/notes.txt"), List.of("not an image"));
        GeneratedFiles.grayImage(dir.resolve("neutral/.hidden.png"), 48, 48, 0);

        ImageFolderDataset dataset = load(dir);

        assertThat(dataset.samples()).extracting(s -> s.source().substring(s.source().lastIndexOf('/') + 1))
                .containsExactly("a.png", "b.JPG", "c.jpeg", "d.bmp", "e.gif");
        assertThat(dataset.samples()).allSatisfy(s ->
                assertThat(s.clip().frame(0).get(24, 24) * 255f).isCloseTo(128f, offset(2f)));
    }

    @Test
    void turnsALargeColourImageIntoA48x48LumaFace() throws Exception {
        Color colour = new Color(200, 100, 50);
        GeneratedFiles.colourImage(dir.resolve("happy/big.png"), 150, 120, colour);

        GrayImage face = load(dir).sample(0).clip().frame(0);

        float luma = (0.299f * 200 + 0.587f * 100 + 0.114f * 50) / 255f;
        assertThat(face.width()).isEqualTo(48);
        assertThat(face.height()).isEqualTo(48);
        for (float v : face.pixels()) {
            assertThat(v).isCloseTo(luma, offset(1e-4f));
        }
    }

    @Test
    void shrinksByAreaAveragingWithoutAliasing() throws Exception {
        // A one-pixel checkerboard: any point sampling would give 0 or 1; the area average is 0.5.
        BufferedImage board = new BufferedImage(96, 96, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                board.getRaster().setSample(x, y, 0, (x + y) % 2 == 0 ? 255 : 0);
            }
        }
        Files.createDirectories(dir.resolve("sad"));
        ImageIO.write(board, "png", dir.resolve("sad/board.png").toFile());

        GrayImage face = load(dir).sample(0).clip().frame(0);

        for (float v : face.pixels()) {
            assertThat(v).isCloseTo(0.5f, offset(1e-4f));
        }
    }

    @Test
    void rejectsNonImageBytesNamingTheFile() {
        GeneratedFiles.grayImage(dir.resolve("happy/a.png"), 48, 48, 10);
        GeneratedFiles.notAnImage(dir.resolve("happy/fake.jpg"));

        assertThatThrownBy(() -> load(dir))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("fake.jpg")
                .hasMessageContaining("not an image");
    }

    @Test
    void rejectsATruncatedPngNamingTheFile() throws Exception {
        Path whole = GeneratedFiles.boxImage(dir.resolve("whole.png"), 64, 64, 10, 10, 20, 20, 255, 3);
        byte[] bytes = Files.readAllBytes(whole);
        GeneratedFiles.bytes(dir.resolve("root/happy/cut.png"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> load(dir.resolve("root")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("cut.png");
    }

    @Test
    void lenientModeSkipsAndCountsUndecodableFiles() throws Exception {
        GeneratedFiles.grayImage(dir.resolve("happy/a.png"), 48, 48, 10);
        GeneratedFiles.notAnImage(dir.resolve("happy/fake.png"));
        GeneratedFiles.notAnImage(dir.resolve("sad/fake.gif"));

        ImageFolderDataset dataset = load(ImageFolderDataset.builder().setRoot(dir).optLenient(true));

        assertThat(dataset.size()).isEqualTo(1);
        assertThat(dataset.loadReport().skipped()).isEqualTo(2);
        assertThat(dataset.loadReport().problems()).hasSize(2);
        assertThat(dataset.loadReport().problems().get(0)).contains("fake.png");
        assertThat(dataset.loadReport().problems().get(1)).contains("fake.gif");
    }

    @Test
    void rejectsAFolderThatNamesNoEmotion() {
        GeneratedFiles.grayImage(dir.resolve("happy/a.png"), 48, 48, 10);
        GeneratedFiles.grayImage(dir.resolve("cats/b.png"), 48, 48, 10);

        assertThatThrownBy(() -> load(dir))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("/cats")
                .hasMessageContaining("not an emotion label");
    }

    @Test
    void lenientModeSkipsAndCountsTheImagesOfAFolderThatNamesNoEmotion() throws Exception {
        GeneratedFiles.grayImage(dir.resolve("happy/a.png"), 48, 48, 10);
        GeneratedFiles.grayImage(dir.resolve("cats/b.png"), 48, 48, 10);
        GeneratedFiles.grayImage(dir.resolve("cats/c.png"), 48, 48, 10);

        ImageFolderDataset dataset = load(ImageFolderDataset.builder().setRoot(dir).optLenient(true));

        assertThat(dataset.labelSet()).isEqualTo(LabelSet.FER2013);
        assertThat(dataset.size()).isEqualTo(1);
        assertThat(dataset.loadReport().skipped()).isEqualTo(2);
        assertThat(dataset.loadReport().problems()).singleElement().asString().contains("cats");
    }

    @Test
    void rejectsARootWithoutAnyEmotionFolder() {
        GeneratedFiles.grayImage(dir.resolve("cats/b.png"), 48, 48, 10);

        assertThatThrownBy(() -> load(ImageFolderDataset.builder().setRoot(dir).optLenient(true)))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("no folder is named after an emotion")
                .hasMessageContaining("cats");
    }

    @Test
    void rejectsARootWithoutImages() throws Exception {
        Files.createDirectories(dir.resolve("happy"));

        assertThatThrownBy(() -> load(dir))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("no label folder with images");
    }
}
