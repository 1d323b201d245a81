package org.fer4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.fer4j.core.ModelCard;
import org.fer4j.models.EmotionRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fer4j train} then {@code fer4j export} on a narrowed network: the model keeps its architecture and the trainer's card. */
class TrainAndExportCommandTest {

    @TempDir
    Path dir;

    /** A FER2013-layout CSV of random faces: 64 Training rows and 16 PublicTest rows. */
    private Path randomFaces() throws IOException {
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("emotion,pixels,Usage\n");
        for (int row = 0; row < 80; row++) {
            StringJoiner pixels = new StringJoiner(" ");
            for (int i = 0; i < 48 * 48; i++) {
                pixels.add(Integer.toString(random.nextInt(256)));
            }
            csv.append(row % 7).append(',').append(pixels).append(',').append(row < 64 ? "Training" : "PublicTest").append('\n');
        }
        Path file = dir.resolve("faces.csv");
        Files.writeString(file, csv);
        return file;
    }

    /** Trains one epoch of batches of 16 on {@code data} into {@code run}, with the network and recipe options given. */
    private static void trainOneEpoch(Path data, Path run, String... options) {
        List<String> args = new ArrayList<>(List.of("train"));
        args.addAll(List.of(options));
        args.addAll(List.of("--epochs", "1", "--warmup", "0", "--batch", "16", "--data", data.toString(),
                "--checkpoint-dir", run.toString()));
        Fer4jRun train = Fer4jRun.of(args.toArray(String[]::new));
        assertThat(train.exitCode()).as(train.err()).isZero();
    }

    @Test
    void anExportedNarrowRunKeepsItsChannelsAndTheCardTheTrainerWrote() throws IOException {
        Path data = randomFaces();
        Path run = dir.resolve("run");
        Path model = dir.resolve("model");
        trainOneEpoch(data, run, "--variant", "cnn-rnn", "--channels", "4,4,8,8", "--optimizer", "sgd_nesterov");

        Fer4jRun export = Fer4jRun.of("export", "--variant", "cnn-rnn", "--channels", "4,4,8,8", "--name", "fer4j-tiny",
                "--checkpoint-dir", run.toString(), "--out", model.toString(), "--data", data.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        ModelCard card = EmotionRecognizer.readCard(model);
        assertThat(card.name()).isEqualTo("fer4j-tiny");
        assertThat(card.command()).startsWith("fer4j train --variant cnn-rnn --channels 4,4,8,8");
        assertThat(card.plan()).contains("optimizer=SGD_NESTEROV");
        assertThat(card.epochs()).isEqualTo(1);
        assertThat(card.megaFlopsPerFace()).isPositive();
        try (EmotionRecognizer recognizer = EmotionRecognizer.load(model)) {
            assertThat(recognizer.spec().channels()).containsExactly(4, 4, 8, 8);
        }
    }

    @Test
    void severalTeachersAreAveragedAndNamedInTheCard() throws IOException {
        Path data = randomFaces();
        Path run = dir.resolve("distilled");
        trainOneEpoch(data, run, "--variant", "fast", "--channels", "4,4,8,8", "--teacher", "cnn-rnn,cnn-attention");

        ModelCard card = ModelCard.fromJson(Files.readString(run.resolve("model-card.json")));
        assertThat(card.name()).isEqualTo("fer4j-fast");
        assertThat(card.plan()).contains("distillation(teacher=cnn-rnn,cnn-attention, T=4.0, weight=0.5)");
        assertThat(run.resolve("teacher-targets.bin")).isNotEmptyFile();
    }

    @Test
    void anExportedModelIsTheVariantItIsExportedAs() throws IOException {
        Path data = randomFaces();
        Path run = dir.resolve("run");
        Path model = dir.resolve("model");
        trainOneEpoch(data, run, "--variant", "cnn-rnn-augmented", "--channels", "12,24,48,96");

        Fer4jRun export = Fer4jRun.of("export", "--variant", "fast", "--checkpoint-dir", run.toString(), "--out", model.toString(),
                "--data", data.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        assertThat(EmotionRecognizer.readCard(model).variant()).isEqualTo("fast");
        try (EmotionRecognizer recognizer = EmotionRecognizer.load(model)) {
            assertThat(recognizer.spec()).isEqualTo(org.fer4j.models.zoo.Variant.FAST.spec());
        }
    }

    @Test
    void theBestEpochsOfTwoRunsAreExportedAsTheirMeanWithBothAccuraciesMeasured() throws IOException {
        Path data = randomFaces();
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Path model = dir.resolve("soup");
        trainOneEpoch(data, first, "--variant", "cnn-rnn", "--channels", "4,4,8,8", "--seed", "1");
        trainOneEpoch(data, second, "--variant", "cnn-rnn", "--channels", "4,4,8,8", "--seed", "2");
        Path a = first.resolve("best.params");
        Path b = second.resolve("best.params");

        Fer4jRun export = Fer4jRun.of("export", "--variant", "cnn-rnn", "--channels", "4,4,8,8", "--checkpoint-dir",
                second.toString(), "--average-weights", a + "," + b, "--out", model.toString(), "--data", data.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        ModelCard card = EmotionRecognizer.readCard(model);
        assertThat(card.command()).endsWith(", weights averaged over " + a + " + " + b);
        assertThat(card.validationAccuracy()).isBetween(0.0, 1.0);
        assertThat(card.validationAccuracyWithFlip()).isBetween(0.0, 1.0);
        float[] mean = firstWeights(model);
        float[] left = firstWeightsOf(a);
        float[] right = firstWeightsOf(b);
        assertThat(left).isNotEqualTo(right);
        for (int i = 0; i < mean.length; i++) {
            assertThat(mean[i]).isCloseTo((left[i] + right[i]) / 2, org.assertj.core.api.Assertions.within(1e-6f));
        }
    }

    @Test
    void averagingEpochsAndFilesAtOnceIsAUsageError() throws IOException {
        Path data = randomFaces();
        Path run = dir.resolve("run");
        trainOneEpoch(data, run, "--variant", "cnn-rnn", "--channels", "4,4,8,8");

        Fer4jRun export = Fer4jRun.of("export", "--variant", "cnn-rnn", "--channels", "4,4,8,8", "--checkpoint-dir",
                run.toString(), "--average-epochs", "1-1", "--average-weights", run.resolve("best.params").toString(),
                "--out", dir.resolve("model").toString(), "--data", data.toString());

        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).contains("--average-epochs or --average-weights, not both");
    }

    /** The first parameter array of a saved model. */
    private static float[] firstWeights(Path model) throws IOException {
        try (EmotionRecognizer recognizer = EmotionRecognizer.load(model)) {
            return recognizer.block().getParameters().valueAt(0).getArray().toFloatArray();
        }
    }

    /** The first parameter array of a weights file of the 4,4,8,8 cnn-rnn network. */
    private static float[] firstWeightsOf(Path params) throws IOException {
        try (EmotionRecognizer recognizer = EmotionRecognizer.builder()
                .spec(org.fer4j.models.zoo.Variant.CNN_RNN.spec().toBuilder().optChannels(4, 4, 8, 8).build()).build()) {
            recognizer.loadParameters(params);
            return recognizer.block().getParameters().valueAt(0).getArray().toFloatArray();
        }
    }
}
