package org.fer4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TopKAccuracyTest {

    /**
     * Ranks of the true class: 0, 1, 2, 1 (tied with class 0, which wins the tie), 0. So top-1 is
     * 2/5, top-2 4/5 and top-3 5/5.
     */
    private static final float[][] SCORES = {
        {0.1f, 0.7f, 0.2f},
        {0.5f, 0.3f, 0.2f},
        {0.2f, 0.3f, 0.5f},
        {0.4f, 0.4f, 0.2f},
        {0.4f, 0.4f, 0.2f}
    };

    private static final int[] LABELS = {1, 1, 0, 1, 0};

    @Test
    void countsASampleAsAHitWhenItsClassRanksWithinTheTopK() {
        assertThat(accuracy(1)).isCloseTo(0.4, within(1e-12));
        assertThat(accuracy(2)).isCloseTo(0.8, within(1e-12));
        assertThat(accuracy(3)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void topOneAgreesWithTheConfusionMatrixArgMax() {
        ConfusionMatrixAccumulator accumulator = new ConfusionMatrixAccumulator(Examples.THREE);
        accumulator.addScores(LABELS, SCORES);
        assertThat(ClassificationMetrics.of(accumulator.snapshot()).accuracy()).isEqualTo(accuracy(1));
    }

    @Test
    void aKAtLeastTheNumberOfClassesHitsEverySample() {
        assertThat(accuracy(10)).isEqualTo(1.0);
    }

    @Test
    void accumulatesAcrossBatchesLikeOneBatch() {
        TopKAccuracy streaming = new TopKAccuracy(2);
        for (int i = 0; i < SCORES.length; i++) {
            streaming.add(SCORES[i], LABELS[i]);
        }
        assertThat(streaming.hits()).isEqualTo(4);
        assertThat(streaming.total()).isEqualTo(5);
        assertThat(streaming.accuracy()).isEqualTo(accuracy(2));
    }

    @Test
    void isZeroWithoutSamplesAndAfterReset() {
        TopKAccuracy topK = new TopKAccuracy(2);
        assertThat(topK.accuracy()).isZero();
        topK.addAll(SCORES, LABELS);
        topK.reset();
        assertThat(topK.accuracy()).isZero();
        assertThat(topK.total()).isZero();
    }

    @Test
    void rejectsKBelowOne() {
        assertThatThrownBy(() -> new TopKAccuracy(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k >= 1");
    }

    @Test
    void rejectsALabelOutsideTheScoresNamingTheSample() {
        TopKAccuracy topK = new TopKAccuracy(1);
        assertThatThrownBy(() -> topK.addAll(new float[][] {{1, 2}, {1, 2}}, new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Label 2 of sample 1");
        assertThat(topK.total()).isZero();
    }

    @Test
    void rejectsBatchesOfUnequalLength() {
        assertThatThrownBy(() -> new TopKAccuracy(1).addAll(SCORES, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 score rows but 1 labels");
    }

    private static double accuracy(int k) {
        TopKAccuracy topK = new TopKAccuracy(k);
        topK.addAll(SCORES, LABELS);
        return topK.accuracy();
    }
}
