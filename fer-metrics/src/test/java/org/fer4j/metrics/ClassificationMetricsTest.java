package org.fer4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.fer4j.metrics.Examples.THREE;
import static org.fer4j.metrics.Examples.THREE_COUNTS;

import java.util.List;
import org.fer4j.core.Emotion;
import org.fer4j.core.LabelSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    private static final double EPS = 1e-12;

    /**
     * angry 5/1/0, happy 2/6/2, sad 0/1/3 (rows = truth). Column sums 7, 8, 5; supports 6, 10, 4.
     */
    @Nested
    class HandComputedThreeClassExample {

        private final ClassificationMetrics metrics = ClassificationMetrics.of(ConfusionMatrix.of(THREE, THREE_COUNTS));

        @Test
        void accuracyIsTheDiagonalOverAllSamples() {
            assertThat(metrics.accuracy()).isCloseTo(14.0 / 20, within(EPS)); // 0.7
            assertThat(metrics.total()).isEqualTo(20);
        }

        @Test
        void precisionIsTruePositivesOverThePredictedColumn() {
            assertThat(metrics.forClass(0).precision()).isCloseTo(5.0 / 7, within(EPS)); // 0.714286
            assertThat(metrics.forClass(1).precision()).isCloseTo(6.0 / 8, within(EPS)); // 0.75
            assertThat(metrics.forClass(2).precision()).isCloseTo(3.0 / 5, within(EPS)); // 0.6
        }

        @Test
        void recallIsTruePositivesOverTheSupport() {
            assertThat(metrics.forClass(0).recall()).isCloseTo(5.0 / 6, within(EPS)); // 0.833333
            assertThat(metrics.forClass(1).recall()).isCloseTo(6.0 / 10, within(EPS)); // 0.6
            assertThat(metrics.forClass(2).recall()).isCloseTo(3.0 / 4, within(EPS)); // 0.75
        }

        @Test
        void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
            assertThat(metrics.forClass(0).f1()).isCloseTo(10.0 / 13, within(EPS)); // 0.769231
            assertThat(metrics.forClass(1).f1()).isCloseTo(12.0 / 18, within(EPS)); // 0.666667
            assertThat(metrics.forClass(2).f1()).isCloseTo(6.0 / 9, within(EPS)); // 0.666667
            for (ClassMetrics c : metrics.perClass()) {
                double harmonic = 2 * c.precision() * c.recall() / (c.precision() + c.recall());
                assertThat(c.f1()).isCloseTo(harmonic, within(EPS));
            }
        }

        @Test
        void supportIsTheRowSum() {
            assertThat(metrics.perClass()).extracting(ClassMetrics::support).containsExactly(6L, 10L, 4L);
            assertThat(metrics.forEmotion(Emotion.SAD).support()).isEqualTo(4);
        }

        @Test
        void macroAverageIsTheUnweightedMeanOverClasses() {
            AveragedMetrics macro = metrics.macroAverage();
            assertThat(macro.precision()).isCloseTo((5.0 / 7 + 0.75 + 0.6) / 3, within(EPS)); // 0.688095
            assertThat(macro.recall()).isCloseTo((5.0 / 6 + 0.6 + 0.75) / 3, within(EPS)); // 0.727778
            assertThat(macro.f1()).isCloseTo((10.0 / 13 + 2.0 / 3 + 2.0 / 3) / 3, within(EPS)); // 0.700855
            assertThat(macro.f1()).isCloseTo(0.7008547, within(1e-7));
            assertThat(metrics.macroF1()).isEqualTo(macro.f1());
            assertThat(metrics.balancedAccuracy()).isEqualTo(macro.recall());
        }

        @Test
        void weightedAverageWeighsEachClassBySupport() {
            AveragedMetrics weighted = metrics.weightedAverage();
            assertThat(weighted.precision()).isCloseTo((6 * 5.0 / 7 + 10 * 0.75 + 4 * 0.6) / 20, within(EPS)); // 0.709286
            assertThat(weighted.recall()).isCloseTo(0.7, within(EPS));
            assertThat(weighted.f1()).isCloseTo((6 * 10.0 / 13 + 10 * 2.0 / 3 + 4 * 2.0 / 3) / 20, within(EPS)); // 0.697436
        }

        @Test
        void printsAScikitLearnStyleReport() {
            assertThat(metrics.toString())
                    .contains("precision", "recall", "f1", "support")
                    .containsPattern("angry\\s+0\\.7143\\s+0\\.8333\\s+0\\.7692\\s+6")
                    .containsPattern("accuracy\\s+0\\.7000\\s+20")
                    .containsPattern("macro avg\\s+0\\.6881\\s+0\\.7278\\s+0\\.7009\\s+20");
        }

        @Test
        void equalsTheMetricsComputedFromPairedIndices() {
            int[][] pairs = Examples.pairs(THREE_COUNTS);
            ClassificationMetrics fromPairs = ClassificationMetrics.of(THREE, pairs[0], pairs[1]);
            assertThat(fromPairs.perClass()).isEqualTo(metrics.perClass());
            assertThat(fromPairs.macroAverage()).isEqualTo(metrics.macroAverage());
        }
    }

    @Test
    void aClassThatIsNeverPredictedHasPrecisionZeroAndCountsInTheMacroAverage() {
        // sad (support 2) is never predicted: its column is all zero.
        ClassificationMetrics metrics =
                ClassificationMetrics.of(ConfusionMatrix.of(THREE, new long[][] {{3, 1, 0}, {1, 4, 0}, {0, 2, 0}}));
        ClassMetrics sad = metrics.forClass(2);
        assertThat(sad.precision()).isZero();
        assertThat(sad.recall()).isZero();
        assertThat(sad.f1()).isZero();
        assertThat(sad.support()).isEqualTo(2);
        // angry P=R=3/4, F1 3/4; happy P 4/7, R 4/5, F1 8/12
        assertThat(metrics.macroAverage().precision()).isCloseTo((0.75 + 4.0 / 7 + 0) / 3, within(EPS));
        assertThat(metrics.macroF1()).isCloseTo((0.75 + 2.0 / 3 + 0) / 3, within(EPS)); // 0.472222
    }

    @Test
    void aClassAbsentFromTheTruthHasRecallAndF1ZeroCountsInMacroButWeighsNothing() {
        // sad has no true samples but is predicted once (a false positive).
        ClassificationMetrics metrics =
                ClassificationMetrics.of(ConfusionMatrix.of(THREE, new long[][] {{3, 1, 0}, {1, 4, 1}, {0, 0, 0}}));
        ClassMetrics sad = metrics.forClass(2);
        assertThat(sad.recall()).isZero();
        assertThat(sad.f1()).isZero();
        assertThat(sad.precision()).isZero();
        assertThat(sad.support()).isZero();
        // angry 3/4, 3/4, 3/4; happy P 4/5, R 4/6, F1 8/11
        assertThat(metrics.macroAverage().recall()).isCloseTo((0.75 + 4.0 / 6 + 0) / 3, within(EPS));
        assertThat(metrics.macroF1()).isCloseTo((0.75 + 8.0 / 11 + 0) / 3, within(EPS));
        assertThat(metrics.weightedAverage().recall()).isCloseTo(metrics.accuracy(), within(EPS)).isCloseTo(0.7, within(EPS));
        assertThat(metrics.weightedAverage().f1()).isCloseTo((4 * 0.75 + 6 * 8.0 / 11) / 10, within(EPS));
    }

    @Test
    void aClassNeitherPresentNorPredictedIsAllZeroNeverNaN() {
        ClassificationMetrics metrics =
                ClassificationMetrics.of(ConfusionMatrix.of(THREE, new long[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 0}}));
        assertThat(metrics.forClass(2)).isEqualTo(new ClassMetrics(Emotion.SAD, 2, 0, 0, 0, 0));
        assertThat(metrics.accuracy()).isEqualTo(1.0);
        assertThat(metrics.macroF1()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(metrics.weightedAverage().f1()).isEqualTo(1.0);
    }

    @Test
    void emptyInputGivesZerosEverywhereWithoutNaNOrExceptions() {
        ClassificationMetrics metrics = ClassificationMetrics.of(ConfusionMatrix.empty(LabelSet.FER2013));
        assertThat(metrics.total()).isZero();
        assertThat(metrics.accuracy()).isZero();
        assertThat(metrics.macroAverage()).isEqualTo(new AveragedMetrics(0, 0, 0));
        assertThat(metrics.weightedAverage()).isEqualTo(new AveragedMetrics(0, 0, 0));
        assertThat(metrics.perClass()).hasSize(7).allSatisfy(c -> {
            assertThat(List.of(c.precision(), c.recall(), c.f1())).containsOnly(0.0);
            assertThat(c.support()).isZero();
        });
        assertThat(ClassificationMetrics.of(LabelSet.FER2013, new int[0], new int[0]).macroF1()).isZero();
    }

    @Test
    void aSingleClassLabelSetIsPerfectWhenItHasSamples() {
        LabelSet one = LabelSet.of(Emotion.HAPPY);
        ClassificationMetrics metrics = ClassificationMetrics.of(one, new int[] {0, 0, 0}, new int[] {0, 0, 0});
        assertThat(metrics.accuracy()).isEqualTo(1.0);
        assertThat(metrics.forClass(0)).isEqualTo(new ClassMetrics(Emotion.HAPPY, 0, 1, 1, 1, 3));
        assertThat(metrics.macroAverage()).isEqualTo(new AveragedMetrics(1, 1, 1));
        assertThat(metrics.weightedAverage()).isEqualTo(new AveragedMetrics(1, 1, 1));
        assertThat(ClassificationMetrics.of(ConfusionMatrix.empty(one)).macroF1()).isZero();
    }

    @Test
    void rejectsAnEmotionOutsideTheLabelSet() {
        ClassificationMetrics metrics = ClassificationMetrics.of(ConfusionMatrix.of(THREE, THREE_COUNTS));
        assertThatThrownBy(() -> metrics.forEmotion(Emotion.CONTEMPT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contempt");
    }
}
