package org.fer4j.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.AtomicFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTableTest {

    @Test
    void metricsCsvHasOneRowPerClassThenScikitLearnSummaryRows() {
        List<String> lines = ReportTable.of(Samples.metrics()).toCsv().lines().toList();
        assertThat(lines.subList(0, 5)).containsExactly(
                "class,precision,recall,f1,support",
                "angry,0.7142857142857143,0.8333333333333334,0.7692307692307693,6",
                "happy,0.75,0.6,0.6666666666666666,10",
                "sad,0.6,0.75,0.6666666666666666,4",
                "accuracy,,,0.7,20");
        assertThat(lines).hasSize(7);
        assertSummaryRow(lines.get(5), "macro avg", 0.6880952380952381, 0.7277777777777778, 0.7008547008547009);
        assertSummaryRow(lines.get(6), "weighted avg", 0.7092857142857143, 0.7, 0.6974358974358974);
    }

    private static void assertSummaryRow(String line, String name, double precision, double recall, double f1) {
        String[] cells = line.split(",");
        assertThat(cells[0]).isEqualTo(name);
        assertThat(Double.parseDouble(cells[1])).isCloseTo(precision, within(1e-15));
        assertThat(Double.parseDouble(cells[2])).isCloseTo(recall, within(1e-15));
        assertThat(Double.parseDouble(cells[3])).isCloseTo(f1, within(1e-15));
        assertThat(cells[4]).isEqualTo("20");
    }

    @Test
    void markdownAlignsTextLeftAndNumbersRightAndEscapesPipes() {
        ReportTable table = ReportTable.builder("t")
                .addColumn("name", "Name", ReportTable.Kind.TEXT)
                .addColumn("n", "Count", ReportTable.Kind.COUNT)
                .addRow("a|b", 3L)
                .build();
        assertThat(table.toMarkdown()).isEqualTo("| Name | Count |\n| --- | ---: |\n| a\\|b | 3 |\n");
    }

    @Test
    void confusionMatrixCsvHasTrueClassesAsRowsAndPredictionsAsColumns() {
        assertThat(ReportTable.of(Samples.matrix()).toCsv())
                .isEqualTo("true_class,angry,happy,sad\nangry,5,1,0\nhappy,2,6,2\nsad,0,1,3\n");
    }

    @Test
    void variantCsvQuotesNamesWithCommasAndLeavesMissingValuesEmpty() {
        List<String> lines = ReportTable.of(Samples.comparison()).toCsv().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("model,train_accuracy,validation_accuracy,test_accuracy,macro_f1,train_validation_gap");
        assertThat(lines.get(2)).startsWith("\"cnn, lstm\",0.87,0.69,,0.64,0.1");
        assertThat(Double.parseDouble(lines.get(2).substring(lines.get(2).lastIndexOf(',') + 1))).isCloseTo(0.18, within(1e-12));
    }

    @Test
    void learningCurveTableMatchesTheCurveCsv() {
        var curve = Samples.curve("m", 4);
        assertThat(ReportTable.of(curve).toCsv()).isEqualTo(curve.toCsv());
    }

    @Test
    void formatsCellsForPeople() {
        assertThat(ReportTable.Kind.FRACTION.human(2.0 / 3)).isEqualTo("0.6667");
        assertThat(ReportTable.Kind.NUMBER.human(41.25)).isEqualTo("41.25");
        assertThat(ReportTable.Kind.NUMBER.human(1.23456)).isEqualTo("1.235");
        assertThat(ReportTable.Kind.NUMBER.human(9.848e-5)).isEqualTo("9.848e-05");
        assertThat(ReportTable.Kind.FRACTION.human(Double.NaN)).isEqualTo("n/a");
        assertThat(ReportTable.Kind.FRACTION.human(null)).isEmpty();
        assertThat(ReportTable.Kind.COUNT.human(12L)).isEqualTo("12");
    }

    @Test
    void rejectsACellOfTheWrongKindNamingRowAndColumn() {
        ReportTable.Builder builder = ReportTable.builder("t").addColumn("n", "N", ReportTable.Kind.COUNT);
        assertThatThrownBy(() -> builder.addRow(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Table 't', row 0, column 'n': Double is not a COUNT cell");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfCells() {
        ReportTable.Builder builder = ReportTable.builder("t").addColumn("n", "N", ReportTable.Kind.COUNT);
        assertThatThrownBy(() -> builder.addRow(1L, 2L)).hasMessageContaining("2 cells for 1 columns");
    }

    @Test
    void aRowPerItemTableComputesEveryCellFromItsItemInColumnOrder() {
        ReportTable table = ReportTable.rowPerItem("words", List.of("a", "bbb", "cc"))
                .text("word", "Word", w -> w)
                .count("length", "Length", String::length)
                .fraction("b_share", "Share of b", w -> 1 - w.replace("b", "").length() / (double) w.length())
                .number("half_length", "Half length", w -> w.length() / 2.0)
                .column("first_b", "First b", ReportTable.Kind.COUNT,
                        w -> w.contains("b") ? (long) w.indexOf('b') : null)
                .build();
        assertThat(table.title()).isEqualTo("words");
        assertThat(table.columns()).extracting(ReportTable.Column::kind).containsExactly(
                ReportTable.Kind.TEXT, ReportTable.Kind.COUNT, ReportTable.Kind.FRACTION,
                ReportTable.Kind.NUMBER, ReportTable.Kind.COUNT);
        assertThat(table.toCsv()).isEqualTo(
                "word,length,b_share,half_length,first_b\na,1,0.0,0.5,\nbbb,3,1.0,1.5,0\ncc,2,0.0,1.0,\n");
    }

    @Test
    void aRowPerItemTableRejectsACellOfTheWrongKindLikeAddRow() {
        ReportTable.ItemBuilder<String> builder = ReportTable.rowPerItem("t", List.of("x"))
                .column("n", "N", ReportTable.Kind.COUNT, w -> 1.5);
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Table 't', row 0, column 'n': Double is not a COUNT cell");
    }

    @Test
    void withTitleKeepsColumnsAndRowsUnderTheNewTitle() {
        ReportTable metrics = ReportTable.of(Samples.metrics());
        ReportTable renamed = metrics.withTitle("Table 3");
        assertThat(renamed.title()).isEqualTo("Table 3");
        assertThat(metrics.title()).isEqualTo("Classification metrics");
        assertThat(renamed.columns()).isEqualTo(metrics.columns());
        assertThat(renamed.rows()).isEqualTo(metrics.rows());
    }

    @Test
    void writesCsvFilesCreatingDirectories(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a/b/metrics.csv");
        ReportTable.of(Samples.metrics()).writeCsv(file);
        assertThat(Files.readString(file)).startsWith("class,precision,recall,f1,support\n");
    }

    @Test
    void aCsvIsWrittenAtomicallyOverWhatAKilledWriteLeft(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("per_class.csv");
        Path torn = dir.resolve("per_class.csv" + AtomicFile.TMP_SUFFIX);
        Files.writeString(torn, "class,prec");
        ReportTable.of(Samples.metrics()).writeCsv(file);
        assertThat(Files.readString(file)).isEqualTo(ReportTable.of(Samples.metrics()).toCsv());
        assertThat(torn).doesNotExist();
    }
}
