package org.fer4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fer4j.cli.report.Matrices.matrix;
import static org.fer4j.cli.report.Matrices.metrics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.LabelSet;
import org.fer4j.core.ModelCard;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.metrics.curve.EpochRecord;
import org.fer4j.metrics.curve.LearningCurve;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.Temporal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes both reports from made-up results and checks what lands on disk. */
class ReportFilesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static void assertPng(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).as(file.toString()).isGreaterThan(1000);
        assertThat(java.util.Arrays.copyOf(bytes, 4)).as(file.toString()).containsExactly(PNG);
    }

    @Test
    void evaluationReportWritesTablesJsonChartsAndOnePage(@TempDir Path out) throws Exception {
        LearningCurve curve = LearningCurve.of("ignored", List.of(
                new EpochRecord(1, 1.8, 0.3, 1.7, 0.35, 1e-3, 60),
                new EpochRecord(2, 1.5, 0.45, 1.5, 0.44, 9e-4, 61)));
        ModelSpec spec = ModelSpec.builder().build();
        EvaluationTables tables = new EvaluationTables(List.of(
                new ModelEvaluation("cnn-rnn", spec, ModelCard.untrained("cnn-rnn"), 10, metrics(9, 1), metrics(6, 4),
                        null, LearningCurve.of("cnn-rnn", curve.epochs())),
                new ModelEvaluation("cnn-attention", ModelSpec.builder().optTemporal(Temporal.NONE).optAttention(true)
                        .build(), ModelCard.untrained("cnn-attention"), 10, metrics(8, 2), metrics(7, 3), null, null)));
        EvaluationReport.Setup setup =
                new EvaluationReport.Setup(Path.of("fer2013.csv.gz"), Fer2013Usage.PRIVATE_TEST, 10, false, 10, 10, 0);

        EvaluationReport.write(tables, setup, out);

        assertThat(Files.readString(out.resolve("table2_accuracy.csv")))
                .startsWith("model,architecture,train_accuracy,validation_accuracy,test_accuracy\n")
                .contains("cnn-rnn,CNN + LSTM,0.9,0.6,\n");
        assertThat(Files.readString(out.resolve("table3_per_class.csv"))).contains("macro avg");
        assertThat(Files.readString(out.resolve("table5_variants.csv"))).contains("train_validation_gap");
        String json = Files.readString(out.resolve("evaluation.json"));
        assertThat(json).contains("\"bestByValidation\": \"cnn-attention\"").contains("\"test\": null");
        for (String png : List.of("learning_curves.png", "confusion_matrix.png", "per_class.png",
                "variant_comparison.png")) {
            assertPng(out.resolve(png));
        }
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Table 2. Accuracy per split", "Table 3. Per-class metrics of cnn-attention",
                "Table 5. Variant comparison", "No curve.json in the model directory of: cnn-attention")
                .doesNotContain("src=\"http");
        assertThat(html.split("data:image/png;base64,", -1)).hasSize(5);
    }

    @Test
    void crossValidationReportWritesTablesJsonChartsAndOnePage(@TempDir Path out) throws Exception {
        LabelSet ck = LabelSet.CK_PLUS;
        CrossValidationTables tables = new CrossValidationTables(List.of(
                new FoldResult(0, 5, 30, 10, matrix(ck, 8, 2), matrix(ck, 7, 3), matrix(ck, 9, 1), 0.9, 0.95, 20),
                new FoldResult(1, 5, 30, 10, matrix(ck, 6, 4), matrix(ck, 7, 3), matrix(ck, 7, 3), 0.9, 0.95, 21)));
        ModelSpec spec = ModelSpec.builder().optLabels(ck).build();
        CkPlusCrossValidation.Setup setup = new CkPlusCrossValidation.Setup(Path.of("ckplus48"), 20, 10, 2, 1, 32,
                1e-3f, 42, true, null, spec.toBuilder().optTemporal(Temporal.NONE).build(), spec);

        CkPlusCrossValidation.write(tables, setup, out);

        assertThat(Files.readString(out.resolve("summary.csv")))
                .contains("\"Per-frame CNN, mean of the frames' scores\"".replace("\"", ""))
                .contains("0.7,");
        assertThat(Files.readString(out.resolve("folds.csv")).lines()).hasSize(3);
        assertThat(Files.readString(out.resolve("confusion_cnn_rnn.csv"))).startsWith("true_class,angry,contempt");
        assertThat(Files.readString(out.resolve("crossvalidation.json")))
                .contains("\"meanAccuracy\": 0.8").contains("\"init\": null");
        assertPng(out.resolve("fold_accuracy.png"));
        assertPng(out.resolve("confusion_cnn_frame_mean.png"));
        assertPng(out.resolve("confusion_cnn_rnn.png"));
        assertThat(Files.readString(out.resolve("report.html")))
                .contains("subject-wise cross-validation", "from scratch", "Per fold");
    }
}
