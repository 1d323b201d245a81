package org.fer4j.metrics.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningCurveTest {

    private static LearningCurve sample() {
        return new LearningCurveRecorder("cnn-lstm")
                .record(1, 1.8123456789, 0.31, 1.7, 0.35, 1e-3, 41.25)
                .record(2, 1.2, 0.52, Double.NaN, Double.NaN, 9.0e-4, 40.0)
                .record(3, 0.9, 0.64, 1.05, 0.58, 8.1e-4, Double.NaN)
                .curve();
    }

    @Test
    void roundTripsThroughJsonIncludingMissingValues() {
        LearningCurve curve = sample();
        String json = curve.toJson();
        assertThat(json).contains("\"name\": \"cnn-lstm\"", "\"validationLoss\": null", "\"trainLoss\": 1.8123456789");
        assertThat(LearningCurve.fromJson(json, "test")).isEqualTo(curve);
    }

    @Test
    void roundTripsThroughCsvIncludingMissingValues() {
        LearningCurve curve = sample();
        String csv = curve.toCsv();
        assertThat(csv.lines().findFirst()).contains(LearningCurve.CSV_HEADER);
        assertThat(csv).contains("\n2,1.2,0.52,,,9.0E-4,40.0\n");
        assertThat(LearningCurve.fromCsv("cnn-lstm", csv, "test")).isEqualTo(curve);
    }

    @Test
    void roundTripsThroughFilesNamingTheCsvCurveAfterTheFile(@TempDir Path dir) throws Exception {
        LearningCurve curve = sample();
        curve.writeJson(dir.resolve("out/curve.json"));
        curve.writeCsv(dir.resolve("out/cnn-lstm.csv"));
        assertThat(LearningCurve.readJson(dir.resolve("out/curve.json"))).isEqualTo(curve);
        assertThat(LearningCurve.readCsv(dir.resolve("out/cnn-lstm.csv"))).isEqualTo(curve);
        assertThat(LearningCurve.readCsv(dir.resolve("out/cnn-lstm.csv"), "renamed").name()).isEqualTo("renamed");
    }

    @Test
    void findsTheLastAndTheBestValidationEpoch() {
        LearningCurve curve = sample();
        assertThat(curve.last()).map(EpochRecord::epoch).contains(3);
        assertThat(curve.bestByValidationAccuracy()).map(EpochRecord::epoch).contains(3);
        assertThat(curve.totalSeconds()).isEqualTo(81.25);
        assertThat(curve.hasValidation()).isTrue();
        assertThat(curve.column(EpochRecord::trainAccuracy)).containsExactly(0.31, 0.52, 0.64);
    }

    @Test
    void anEmptyCurveRoundTripsAndHasNoBestEpoch() {
        LearningCurve empty = LearningCurve.of("none", List.of());
        assertThat(empty.bestByValidationAccuracy()).isEmpty();
        assertThat(LearningCurve.fromJson(empty.toJson(), "t")).isEqualTo(empty);
        assertThat(LearningCurve.fromCsv("none", empty.toCsv(), "t")).isEqualTo(empty);
    }

    @Test
    void theRecorderRejectsEpochsThatDoNotIncrease() {
        LearningCurveRecorder recorder = new LearningCurveRecorder("m").record(1, 1, 0.5, 1, 0.5, 0.1, 1);
        assertThatThrownBy(() -> recorder.record(1, 1, 0.5, 1, 0.5, 0.1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Epoch 1 recorded after epoch 1 for 'm'");
        assertThat(recorder.size()).isEqualTo(1);
    }

    @Test
    void aSnapshotDoesNotChangeWhenTheRecorderGoesOn() {
        LearningCurveRecorder recorder = new LearningCurveRecorder("m").record(1, 1, 0.5, 1, 0.5, 0.1, 1);
        LearningCurve snapshot = recorder.curve();
        recorder.record(2, 1, 0.5, 1, 0.5, 0.1, 1);
        assertThat(snapshot.size()).isEqualTo(1);
    }

    @Test
    void rejectsAnAccuracyAboveOneNamingTheEpoch() {
        assertThatThrownBy(() -> new EpochRecord(4, 1, 1.5, 1, 0.5, 0.1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("train accuracy of epoch 4 is 1.5");
    }

    @Test
    void csvErrorsNameTheSourceLineAndColumn() {
        String csv = LearningCurve.CSV_HEADER + "\n1,1.0,0.5,1.0,0.5,0.1,3\n2,abc,0.5,1.0,0.5,0.1,3\n";
        assertThatThrownBy(() -> LearningCurve.fromCsv("m", csv, "runs/m.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runs/m.csv, line 3: column train_loss is not a number: 'abc'");
    }

    @Test
    void csvRejectsAMissingHeaderAndShortRows() {
        assertThatThrownBy(() -> LearningCurve.fromCsv("m", "1,2,3\n", "f.csv"))
                .hasMessageContaining("f.csv: line 1 must be the header");
        assertThatThrownBy(() -> LearningCurve.fromCsv("m", LearningCurve.CSV_HEADER + "\n1,2\n", "f.csv"))
                .hasMessageContaining("f.csv, line 2: expected 7 cells but found 2");
    }

    @Test
    void csvRejectsEpochsOutOfOrder() {
        String csv = LearningCurve.CSV_HEADER + "\n2,1,0.5,1,0.5,0.1,3\n1,1,0.5,1,0.5,0.1,3\n";
        assertThatThrownBy(() -> LearningCurve.fromCsv("m", csv, "f.csv"))
                .hasMessageContaining("f.csv: Learning curve 'm' has epoch 1 at position 1 after epoch 2");
    }

    @Test
    void jsonRejectsADocumentWithoutEpochs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"name\": \"x\"}");
        assertThatThrownBy(() -> LearningCurve.readJson(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("\"epochs\"");
        assertThatThrownBy(() -> LearningCurve.fromJson("[1, 2", "broken.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.json");
    }
}
