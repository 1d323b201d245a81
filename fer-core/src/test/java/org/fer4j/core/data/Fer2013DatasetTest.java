package org.fer4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fer4j.core.data.GeneratedFiles.ferRow;
import static org.fer4j.core.data.GeneratedFiles.uniformPixels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.fer4j.core.Clip;
import org.fer4j.core.Emotion;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fer2013DatasetTest {

    private static final String HEADER = "emotion,pixels,Usage";

    /** One row per usage: angry/Training/10, happy/PublicTest/20, neutral/PrivateTest/30. */
    private static final List<String> THREE_USAGES =
            List.of(HEADER, ferRow(0, 10, "Training"), ferRow(3, 20, "PublicTest"), ferRow(6, 30, "PrivateTest"));

    @TempDir Path dir;

    private static Fer2013Dataset load(Path csv, Fer2013Usage... usages) throws Exception {
        Fer2013Dataset.Builder builder = Fer2013Dataset.builder().setCsvPath(csv);
        if (usages.length > 0) {
            builder.optUsage(usages[0], Arrays.copyOfRange(usages, 1, usages.length));
        }
        Fer2013Dataset dataset = builder.build();
        dataset.prepare();
        return dataset;
    }

    private static Fer2013Dataset loadLenient(Path csv) throws Exception {
        Fer2013Dataset dataset = Fer2013Dataset.builder().setCsvPath(csv).optLenient(true).build();
        dataset.prepare();
        return dataset;
    }

    @Test
    void parsesEveryRowOfAllThreeUsagesByDefault() throws Exception {
        Fer2013Dataset dataset = load(GeneratedFiles.text(dir.resolve("fer.csv"), THREE_USAGES));

        assertThat(dataset.size()).isEqualTo(3);
        assertThat(dataset.samples()).extracting(LabeledClip::label)
                .containsExactly(Emotion.ANGRY, Emotion.HAPPY, Emotion.NEUTRAL);
        assertThat(dataset.sample(1).clip().length()).isEqualTo(1);
        assertThat(dataset.sample(1).clip().frame(0).get(47, 47)).isEqualTo(20 / 255f);
        assertThat(dataset.sample(2).source()).isEqualTo("fer.csv, row 3");
        assertThat(dataset.classCounts()).containsExactly(1, 0, 0, 1, 0, 0, 1);
        assertThat(dataset.loadReport().loaded()).isEqualTo(3);
        assertThat(dataset.loadReport().skipped()).isZero();
    }

    @Test
    void keepsOnlyTheRequestedUsages() throws Exception {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"), THREE_USAGES);

        assertThat(load(csv, Fer2013Usage.PUBLIC_TEST).samples()).extracting(LabeledClip::label)
                .containsExactly(Emotion.HAPPY);
        assertThat(load(csv, Fer2013Usage.TRAINING, Fer2013Usage.PRIVATE_TEST).samples())
                .extracting(LabeledClip::label)
                .containsExactly(Emotion.ANGRY, Emotion.NEUTRAL);
    }

    @Test
    void readsGzipCompressedCsvLikeThePlainOne() throws Exception {
        Fer2013Dataset plain = load(GeneratedFiles.text(dir.resolve("fer.csv"), THREE_USAGES));
        Fer2013Dataset gzipped = load(GeneratedFiles.gzip(dir.resolve("fer.csv.gz"), THREE_USAGES), Fer2013Usage.PRIVATE_TEST);

        assertThat(gzipped.samples()).hasSize(1);
        assertThat(gzipped.sample(0).clip().frame(0)).isEqualTo(plain.sample(2).clip().frame(0));
        assertThat(gzipped.sample(0).source()).isEqualTo("fer.csv.gz, row 3");
    }

    @Test
    void recognisesGzipByItsContentNotItsName() throws Exception {
        Fer2013Dataset dataset = load(GeneratedFiles.gzip(dir.resolve("misnamed.csv"), THREE_USAGES));

        assertThat(dataset.size()).isEqualTo(3);
    }

    @Test
    void acceptsQuotedFieldsAndColumnsInAnyOrder() throws Exception {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"),
                List.of("\"Usage\",\"emotion\",\"pixels\"", "\"Training\",\"5\",\"" + uniformPixels(255, 2304) + "\""));

        Fer2013Dataset dataset = load(csv);

        assertThat(dataset.sample(0).label()).isEqualTo(Emotion.SURPRISE);
        assertThat(dataset.sample(0).clip().frame(0).get(0, 0)).isEqualTo(1f);
    }

    @Test
    void rejectsRowWithWrongPixelCount() {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"),
                List.of(HEADER, ferRow(0, 10, "Training"), ferRow("1", uniformPixels(7, 2303), "Training")));

        assertThatThrownBy(() -> load(csv))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("fer.csv, row 2")
                .hasMessageContaining("found 2303");
    }

    @Test
    void rejectsLabelOutsideZeroToSix() {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"), List.of(HEADER, ferRow(9, 10, "Training")));

        assertThatThrownBy(() -> load(csv))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("fer.csv, row 1")
                .hasMessageContaining("emotion '9'");
    }

    @Test
    void rejectsNonNumericPixel() {
        String pixels = uniformPixels(5, 100) + " x7 " + uniformPixels(5, 2203);
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"),
                List.of(HEADER, ferRow(0, 1, "PublicTest"), ferRow(0, 1, "PublicTest"), ferRow("2", pixels, "PublicTest")));

        assertThatThrownBy(() -> load(csv))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("fer.csv, row 3")
                .hasMessageContaining("non-numeric character 'x' in pixel 101");
    }

    @Test
    void rejectsPixelAbove255() {
        String pixels = "256 " + uniformPixels(5, 2303);
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"), List.of(HEADER, ferRow("2", pixels, "Training")));

        assertThatThrownBy(() -> load(csv))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("fer.csv, row 1")
                .hasMessageContaining("exceeds 255");
    }

    @Test
    void rejectsUnknownUsage() {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"), List.of(HEADER, ferRow(0, 1, "Validation")));

        assertThatThrownBy(() -> load(csv))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("fer.csv, row 1")
                .hasMessageContaining("unknown Usage 'Validation'");
    }

    @Test
    void rejectsEmptyFile() {
        Path csv = GeneratedFiles.bytes(dir.resolve("empty.csv"), new byte[0]);

        assertThatThrownBy(() -> load(csv))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("empty.csv")
                .hasMessageContaining("the file is empty");
    }

    @Test
    void rejectsHeaderOnlyFileFilteredToAMissingUsage() {
        Path csv = GeneratedFiles.text(dir.resolve("header.csv"), List.of(HEADER));

        assertThatThrownBy(() -> load(csv, Fer2013Usage.PRIVATE_TEST))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("header.csv")
                .hasMessageContaining("no usable rows for Usage [PRIVATE_TEST]");
    }

    @Test
    void rejectsFilterToAUsageTheFileLacksAndSaysWhichItHas() {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"),
                List.of(HEADER, ferRow(0, 1, "Training"), ferRow(1, 1, "Training")));

        assertThatThrownBy(() -> load(csv, Fer2013Usage.PRIVATE_TEST))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("fer.csv")
                .hasMessageContaining("TRAINING=2");
    }

    @Test
    void rejectsHeaderWithoutPixelsColumn() {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"), List.of("emotion,image,Usage", "0,1 2,Training"));

        assertThatThrownBy(() -> load(csv))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("fer.csv, header")
                .hasMessageContaining("missing column 'pixels'");
    }

    @Test
    void rejectsTruncatedGzip() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        Random random = new Random(1);
        for (int i = 0; i < 40; i++) {
            StringBuilder pixels = new StringBuilder();
            for (int p = 0; p < 2304; p++) {
                pixels.append(p == 0 ? "" : " ").append(random.nextInt(256));
            }
            lines.add(ferRow(String.valueOf(i % 7), pixels.toString(), "Training"));
        }
        Path whole = GeneratedFiles.gzip(dir.resolve("whole.csv.gz"), lines);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = GeneratedFiles.bytes(dir.resolve("cut.csv.gz"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(load(whole).size()).isEqualTo(40);
        assertThatThrownBy(() -> load(cut))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("cut.csv.gz, after row ")
                .hasMessageContaining("truncated or corrupt");
    }

    @Test
    void rejectsTruncatedGzipEvenInLenientMode() throws Exception {
        Path whole = GeneratedFiles.gzip(dir.resolve("whole.csv.gz"), THREE_USAGES);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = GeneratedFiles.bytes(dir.resolve("cut.csv.gz"), Arrays.copyOf(bytes, bytes.length - 6));

        assertThatThrownBy(() -> loadLenient(cut))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("cut.csv.gz, after row 3");
    }

    @Test
    void rejectsNonGzipGarbageBytes() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = 'G';
        Path csv = GeneratedFiles.bytes(dir.resolve("garbage.csv.gz"), garbage);

        assertThatThrownBy(() -> load(csv))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("garbage.csv.gz")
                .hasMessageContaining("missing column 'emotion'");
    }

    @Test
    void rejectsGarbageBehindAGzipMagicNumber() {
        byte[] garbage = new byte[4096];
        new Random(8).nextBytes(garbage);
        garbage[0] = 0x1f;
        garbage[1] = (byte) 0x8b;
        Path csv = GeneratedFiles.bytes(dir.resolve("fake.csv.gz"), garbage);

        assertThatThrownBy(() -> load(csv))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("fake.csv.gz");
    }

    @Test
    void rejectsMissingFile() {
        assertThatThrownBy(() -> load(dir.resolve("absent.csv")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("absent.csv");
    }

    @Test
    void lenientModeSkipsAndCountsMalformedRows() throws Exception {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"), List.of(
                HEADER,
                ferRow(0, 10, "Training"),
                ferRow(9, 10, "Training"),
                ferRow("1", uniformPixels(3, 10), "Training"),
                "2,1 2 3",
                ferRow(4, 40, "PublicTest")));

        Fer2013Dataset dataset = loadLenient(csv);

        assertThat(dataset.samples()).extracting(LabeledClip::label).containsExactly(Emotion.ANGRY, Emotion.SAD);
        LoadReport report = dataset.loadReport();
        assertThat(report.loaded()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(3);
        assertThat(report.problems()).hasSize(3);
        assertThat(report.problems().get(0)).contains("fer.csv, row 2").contains("emotion '9'");
        assertThat(report.problems().get(1)).contains("fer.csv, row 3").contains("found 10");
        assertThat(report.problems().get(2)).contains("fer.csv, row 4").contains("expected 3 fields, found 2");
    }

    @Test
    void strictErrorSuggestsLenientMode() {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"), List.of(HEADER, ferRow(8, 10, "Training")));

        assertThatThrownBy(() -> load(csv)).hasMessageContaining("lenient");
    }

    @Test
    void narrowerLabelSetSkipsAndCountsOtherEmotionsAndReindexes() throws Exception {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"), THREE_USAGES);
        Fer2013Dataset dataset = Fer2013Dataset.builder()
                .setCsvPath(csv)
                .optLabelSet(LabelSet.of(Emotion.NEUTRAL, Emotion.HAPPY))
                .build();
        dataset.prepare();

        assertThat(dataset.samples()).extracting(LabeledClip::label).containsExactly(Emotion.HAPPY, Emotion.NEUTRAL);
        assertThat(dataset.classIndex(0)).isEqualTo(1);
        assertThat(dataset.classIndex(1)).isEqualTo(0);
        assertThat(dataset.loadReport().skipped()).isEqualTo(1);
        assertThat(dataset.loadReport().problems()).singleElement().asString().contains("row 1").contains("angry");
    }

    @Test
    void sampleIsOneStillOf48x48WithItsClassIndex() throws Exception {
        Fer2013Dataset dataset = load(GeneratedFiles.text(dir.resolve("fer.csv"), THREE_USAGES));

        Clip clip = dataset.sample(1).clip();

        assertThat(clip.length()).isEqualTo(1);
        assertThat(clip.width()).isEqualTo(48);
        assertThat(clip.height()).isEqualTo(48);
        float max = 0;
        for (float v : clip.toTensorData()) {
            max = Math.max(max, v);
        }
        assertThat(max).isEqualTo(20 / 255f);
        assertThat(dataset.classIndex(1)).isEqualTo(3);
    }

    @Test
    void refusesAccessBeforePrepare() {
        Fer2013Dataset dataset = Fer2013Dataset.builder().setCsvPath(dir.resolve("fer.csv")).build();

        assertThatThrownBy(dataset::samples)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prepare()");
    }

    @Test
    void builderRequiresTheCsvPath() {
        assertThatThrownBy(() -> Fer2013Dataset.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("setCsvPath");
    }

    @Test
    void rejectsUsageFilterWhenTheFileHasNoUsageColumn() {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"), List.of("emotion,pixels", "0," + uniformPixels(1, 2304)));

        assertThatThrownBy(() -> load(csv, Fer2013Usage.TRAINING))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("no Usage column");
    }
}
