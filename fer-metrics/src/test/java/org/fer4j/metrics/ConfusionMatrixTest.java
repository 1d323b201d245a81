package org.fer4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fer4j.metrics.Examples.THREE;
import static org.fer4j.metrics.Examples.THREE_COUNTS;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    private final ConfusionMatrix matrix = ConfusionMatrix.of(THREE, THREE_COUNTS);

    @Test
    void countsTotalsSupportAndPredictionsFromRowsAndColumns() {
        assertThat(matrix.total()).isEqualTo(20);
        assertThat(matrix.correct()).isEqualTo(14);
        assertThat(matrix.count(1, 2)).isEqualTo(2);
        assertThat(new long[] {matrix.support(0), matrix.support(1), matrix.support(2)}).containsExactly(6, 10, 4);
        assertThat(new long[] {matrix.predictedCount(0), matrix.predictedCount(1), matrix.predictedCount(2)})
                .containsExactly(7, 8, 5);
    }

    @Test
    void derivesTruePositivesFalsePositivesFalseNegativesAndTrueNegativesPerClass() {
        // happy: TP 6, FP 2 (angry 1 + sad 1 predicted happy), FN 4 (2 as angry, 2 as sad), TN 20-12
        assertThat(matrix.truePositives(1)).isEqualTo(6);
        assertThat(matrix.falsePositives(1)).isEqualTo(2);
        assertThat(matrix.falseNegatives(1)).isEqualTo(4);
        assertThat(matrix.trueNegatives(1)).isEqualTo(8);
    }

    @Test
    void rowNormalizedDividesEachRowByItsSupport() {
        double[][] normalized = matrix.rowNormalized();
        assertThat(normalized[0]).containsExactly(new double[] {5.0 / 6, 1.0 / 6, 0}, Offset.offset(1e-12));
        assertThat(normalized[1]).containsExactly(new double[] {0.2, 0.6, 0.2}, Offset.offset(1e-12));
        assertThat(normalized[2]).containsExactly(new double[] {0, 0.25, 0.75}, Offset.offset(1e-12));
    }

    @Test
    void rowNormalizedGivesZerosNotNaNForAClassWithoutSamples() {
        ConfusionMatrix absent = ConfusionMatrix.of(THREE, new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 0}});
        assertThat(absent.rowNormalized()[2]).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void copiesItsInputAndOutputSoItStaysImmutable() {
        long[][] input = {{1, 0}, {0, 1}};
        ConfusionMatrix m = ConfusionMatrix.of(org.fer4j.core.LabelSet.of(
                org.fer4j.core.Emotion.HAPPY, org.fer4j.core.Emotion.SAD), input);
        input[0][0] = 99;
        m.counts()[1][1] = 99;
        assertThat(m.count(0, 0)).isEqualTo(1);
        assertThat(m.count(1, 1)).isEqualTo(1);
    }

    @Test
    void addsMatricesOverTheSameLabelsCellByCell() {
        ConfusionMatrix doubled = matrix.plus(matrix);
        assertThat(doubled.total()).isEqualTo(40);
        assertThat(doubled.count(1, 1)).isEqualTo(12);
    }

    @Test
    void rejectsAddingAMatrixOverOtherLabels() {
        assertThatThrownBy(() -> matrix.plus(ConfusionMatrix.empty(org.fer4j.core.LabelSet.FER2013)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("angry,happy,sad");
    }

    @Test
    void rejectsANonSquareMatrixNamingTheRow() {
        assertThatThrownBy(() -> ConfusionMatrix.of(THREE, new long[][] {{1, 2, 3}, {1, 2}, {1, 2, 3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Row 1 (happy)");
    }

    @Test
    void rejectsNegativeCountsNamingTheCell() {
        assertThatThrownBy(() -> ConfusionMatrix.of(THREE, new long[][] {{1, 0, 0}, {0, -1, 0}, {0, 0, 1}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1, column 1");
    }

    @Test
    void rejectsAClassIndexOutsideTheLabelSet() {
        assertThatThrownBy(() -> matrix.support(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Class index 3");
    }

    @Test
    void equalsAnotherMatrixWithTheSameLabelsAndCounts() {
        assertThat(ConfusionMatrix.of(THREE, THREE_COUNTS)).isEqualTo(matrix).hasSameHashCodeAs(matrix);
        assertThat(ConfusionMatrix.empty(THREE)).isNotEqualTo(matrix);
    }

    @Test
    void printsATableWithLabelsAndCounts() {
        assertThat(matrix.toString()).contains("true\\pred", "angry", "happy", "sad").containsPattern("happy\\s+2\\s+6\\s+2");
    }
}
