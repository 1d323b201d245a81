package org.fer4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.fer4j.cli.report.Matrices.metrics;

import java.util.List;
import org.fer4j.core.ModelCard;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.curve.EpochRecord;
import org.fer4j.metrics.curve.LearningCurve;
import org.fer4j.metrics.report.ReportTable;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.Temporal;
import org.junit.jupiter.api.Test;

class EvaluationTablesTest {

    private static ModelEvaluation model(
            String name, Temporal temporal, boolean attention, ClassificationMetrics train,
            ClassificationMetrics validation, ClassificationMetrics test) {
        ModelSpec spec = ModelSpec.builder().optTemporal(temporal).optAttention(attention).build();
        return new ModelEvaluation(name, spec, ModelCard.untrained(name), 1234, train, validation, test, null);
    }

    private static int column(ReportTable table, String key) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).key().equals(key)) {
                return c;
            }
        }
        throw new AssertionError("no column " + key);
    }

    @Test
    void accuracyTableHasOneRowPerModelWithEachSplitsAccuracy() {
        EvaluationTables tables = new EvaluationTables(List.of(
                model("rnn", Temporal.LSTM, false, metrics(9, 1), metrics(6, 4), metrics(7, 3)),
                model("att", Temporal.NONE, true, metrics(8, 2), metrics(7, 3), metrics(5, 5))));

        ReportTable table = tables.accuracyTable();

        assertThat(table.rows()).hasSize(2);
        assertThat(table.cell(0, column(table, "model"))).isEqualTo("rnn");
        assertThat(table.cell(0, column(table, "architecture"))).isEqualTo("CNN + LSTM");
        assertThat(table.cell(1, column(table, "architecture"))).isEqualTo("CNN + attention");
        assertThat((Double) table.cell(0, column(table, "train_accuracy"))).isCloseTo(0.9, within(1e-12));
        assertThat((Double) table.cell(0, column(table, "validation_accuracy"))).isCloseTo(0.6, within(1e-12));
        assertThat((Double) table.cell(1, column(table, "test_accuracy"))).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void testColumnsAreNotAvailableWithoutATestSplit() {
        EvaluationTables tables = new EvaluationTables(List.of(
                model("rnn", Temporal.LSTM, false, metrics(9, 1), metrics(6, 4), null)));

        assertThat(tables.hasTest()).isFalse();
        assertThat((Double) tables.accuracyTable().cell(0, column(tables.accuracyTable(), "test_accuracy"))).isNaN();
        ReportTable variants = tables.variantTable();
        assertThat((Double) variants.cell(0, column(variants, "test_macro_f1"))).isNaN();
        assertThat(variants.humanCell(0, column(variants, "test_accuracy"))).isEqualTo("n/a");
    }

    @Test
    void bestIsChosenByValidationAccuracyNotByTestAccuracy() {
        EvaluationTables tables = new EvaluationTables(List.of(
                model("a", Temporal.LSTM, false, metrics(9, 1), metrics(6, 4), metrics(9, 1)),
                model("b", Temporal.NONE, true, metrics(9, 1), metrics(8, 2), metrics(5, 5)),
                model("c", Temporal.LSTM, false, metrics(9, 1), metrics(7, 3), metrics(8, 2))));

        assertThat(tables.best().name()).isEqualTo("b");
    }

    @Test
    void perClassTableReportsTheBestModelOnTestWhenThereIsOneElseOnValidation() {
        ClassificationMetrics validation = metrics(8, 2);
        ClassificationMetrics test = metrics(30, 10);
        EvaluationTables withTest = new EvaluationTables(List.of(
                model("a", Temporal.LSTM, false, metrics(9, 1), validation, test)));
        EvaluationTables withoutTest = new EvaluationTables(List.of(
                model("a", Temporal.LSTM, false, metrics(9, 1), validation, null)));

        ReportTable onTest = withTest.perClassTable();
        ReportTable onValidation = withoutTest.perClassTable();

        int support = column(onTest, "support");
        int lastRow = onTest.rows().size() - 1;
        assertThat(onTest.rows()).hasSize(7 + 3);
        assertThat(onTest.title()).isEqualTo("Table 3. Per-class metrics of a on test");
        assertThat(onValidation.title()).isEqualTo("Table 3. Per-class metrics of a on validation");
        assertThat(onTest.cell(lastRow, support)).isEqualTo(40L);
        assertThat(onValidation.cell(lastRow, support)).isEqualTo(10L);
    }

    @Test
    void variantTableShowsMacroF1PerSplitTheGapAndTheCost() {
        ClassificationMetrics validation = metrics(7, 3);
        ClassificationMetrics test = metrics(14, 6);
        EvaluationTables tables = new EvaluationTables(List.of(
                model("a", Temporal.LSTM, false, metrics(9, 1), validation, test)));

        ReportTable table = tables.variantTable();

        assertThat((Double) table.cell(0, column(table, "train_validation_gap"))).isCloseTo(0.2, within(1e-12));
        assertThat(table.cell(0, column(table, "validation_macro_f1"))).isEqualTo(validation.macroF1());
        assertThat(table.cell(0, column(table, "test_macro_f1"))).isEqualTo(test.macroF1());
        assertThat(table.cell(0, column(table, "parameters"))).isEqualTo(1234L);
        assertThat((Double) table.cell(0, column(table, "mmacs_per_frame"))).isGreaterThan(1.0);
        assertThat(tables.comparison().variants().get(0).macroF1()).isEqualTo(test.macroF1());
    }

    @Test
    void epochsTrainedComeFromTheCardElseFromTheCurveElseAreUnknown() {
        ModelSpec spec = ModelSpec.builder().build();
        LearningCurve twoEpochs = LearningCurve.of("b", List.of(
                new EpochRecord(1, 1.9, 0.2, 1.9, 0.2, 1e-3, 1), new EpochRecord(2, 1.8, 0.3, 1.8, 0.3, 1e-3, 1)));
        ModelCard trained = new ModelCard("m", "cnn-rnn", "", "", "", 1, 40, 33, 0.6, 90, "", "");
        EvaluationTables tables = new EvaluationTables(List.of(
                new ModelEvaluation("a", spec, trained, 1, metrics(9, 1), metrics(6, 4), null, twoEpochs),
                new ModelEvaluation("b", spec, ModelCard.untrained("x"), 1, metrics(9, 1), metrics(6, 4), null, twoEpochs),
                new ModelEvaluation("c", spec, ModelCard.untrained("x"), 1, metrics(9, 1), metrics(6, 4), null, null)));

        ReportTable table = tables.variantTable();

        int epochs = column(table, "epochs");
        assertThat(table.cell(0, epochs)).isEqualTo(40L);
        assertThat(table.cell(1, epochs)).isEqualTo(2L);
        assertThat(table.cell(2, epochs)).isNull();
        assertThat(table.cell(0, column(table, "variant"))).isEqualTo("cnn-rnn");
    }

    @Test
    void rejectsRepeatedModelNamesAndAnEmptyList() {
        ModelEvaluation a = model("a", Temporal.LSTM, false, metrics(9, 1), metrics(6, 4), null);

        assertThatThrownBy(() -> new EvaluationTables(List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> new EvaluationTables(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
