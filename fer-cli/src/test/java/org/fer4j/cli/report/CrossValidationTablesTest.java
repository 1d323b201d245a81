package org.fer4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.fer4j.cli.report.Matrices.matrix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.AtomicFile;
import org.fer4j.core.LabelSet;
import org.fer4j.cli.report.CrossValidationTables.Method;
import org.fer4j.metrics.report.ReportTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossValidationTablesTest {

    private static final LabelSet CK = LabelSet.CK_PLUS;

    /** A fold of 10 test sequences with the given numbers of correct ones per method. */
    private static FoldResult fold(int index, int frameMean, int lastFrame, int clips) {
        return new FoldResult(index, 3, 90, 10, matrix(CK, frameMean, 10 - frameMean),
                matrix(CK, lastFrame, 10 - lastFrame), matrix(CK, clips, 10 - clips), 0.95, 0.9, 12.5);
    }

    @Test
    void summarisesEachMethodOverFoldsWithSampleStd() {
        CrossValidationTables tables = new CrossValidationTables(List.of(fold(0, 5, 4, 6), fold(1, 7, 6, 8), fold(2, 9, 8, 10)));

        assertThat(tables.accuracies(Method.CNN_FRAME_MEAN)).containsExactly(0.5, 0.7, 0.9);
        AccuracySummary rnn = tables.summary(Method.CNN_RNN);
        assertThat(rnn.mean()).isCloseTo(0.8, within(1e-12));
        assertThat(rnn.std()).isCloseTo(0.2, within(1e-12));
        ReportTable summary = tables.summaryTable();
        assertThat(summary.rows()).hasSize(3);
        assertThat(summary.cell(2, 0)).isEqualTo(Method.CNN_RNN.title());
        assertThat((Double) summary.cell(2, 1)).isCloseTo(0.8, within(1e-12));
        assertThat((Double) summary.cell(2, 2)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void summedMatrixCountsEveryTestedSequenceOnce() {
        CrossValidationTables tables = new CrossValidationTables(List.of(fold(0, 5, 4, 6), fold(1, 7, 6, 8)));

        assertThat(tables.summedMatrix(Method.CNN_LAST_FRAME).total()).isEqualTo(20);
        assertThat(tables.summedMatrix(Method.CNN_LAST_FRAME).correct()).isEqualTo(10);
        assertThat(tables.summedMatrix(Method.CNN_RNN))
                .isEqualTo(matrix(CK, 6, 4).plus(matrix(CK, 8, 2)));
    }

    @Test
    void foldTableListsFoldsInOrderNumberedFromOne() {
        CrossValidationTables tables = new CrossValidationTables(List.of(fold(1, 7, 6, 8), fold(0, 5, 4, 6)));

        ReportTable table = tables.foldTable();

        assertThat(table.rows()).hasSize(2);
        assertThat(table.cell(0, 0)).isEqualTo(1L);
        assertThat(table.cell(1, 0)).isEqualTo(2L);
        assertThat(table.cell(0, 3)).isEqualTo(10L);
        assertThat((Double) table.cell(0, 4)).isCloseTo(0.5, within(1e-12));
        assertThat((Double) table.cell(1, 6)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void rejectsRepeatedFolds() {
        assertThatThrownBy(() -> new CrossValidationTables(List.of(fold(0, 5, 4, 6), fold(0, 7, 6, 8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void foldResultReadsBackWhatItWrote(@TempDir Path dir) throws Exception {
        FoldResult fold = new FoldResult(4, 3, 90, 10, matrix(CK, 5, 5), matrix(CK, 4, 6), matrix(CK, 6, 4),
                Double.NaN, 0.9, 12.5);
        Path file = dir.resolve("folds/fold-05.json");

        fold.write(file);

        assertThat(FoldResult.read(file)).isEqualTo(fold);
    }

    @Test
    void foldResultRejectsMatricesThatDoNotCountItsTestSequences() {
        assertThatThrownBy(() -> new FoldResult(0, 3, 90, 11, matrix(CK, 5, 5), matrix(CK, 4, 6), matrix(CK, 6, 4),
                        0.9, 0.9, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counts 10 sequences but the fold tests 11");
    }

    @Test
    void aFoldFileIsWrittenWholeSoAKilledRunResumesFromCompleteFoldsOnly(@TempDir Path dir) throws Exception {
        FoldResult fold = fold(2, 5, 4, 6);
        Path file = dir.resolve("folds/fold-03.json");
        Files.createDirectories(file.getParent());
        Path torn = dir.resolve("folds/fold-03.json" + AtomicFile.TMP_SUFFIX);
        Files.writeString(torn, "{\"index\": 2, \"cnnFrameMe");
        assertThat(file).as("a kill mid-write leaves no fold file, so the fold is run again").doesNotExist();

        fold.write(file);

        assertThat(FoldResult.read(file)).isEqualTo(fold);
        assertThat(torn).doesNotExist();
    }
}
