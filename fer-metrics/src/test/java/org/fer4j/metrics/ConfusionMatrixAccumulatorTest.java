package org.fer4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fer4j.metrics.Examples.THREE;
import static org.fer4j.metrics.Examples.THREE_COUNTS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConfusionMatrixAccumulatorTest {

    @Test
    void streamingInShuffledBatchesEqualsCountingInOneGo() {
        int[][] pairs = Examples.pairs(THREE_COUNTS);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pairs[0].length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        ConfusionMatrixAccumulator accumulator = new ConfusionMatrixAccumulator(THREE);
        for (int start = 0; start < order.size(); start += 3) {
            int end = Math.min(order.size(), start + 3);
            int[] truth = new int[end - start];
            int[] predicted = new int[end - start];
            for (int i = start; i < end; i++) {
                truth[i - start] = pairs[0][order.get(i)];
                predicted[i - start] = pairs[1][order.get(i)];
            }
            accumulator.addAll(truth, predicted);
        }
        assertThat(accumulator.snapshot())
                .isEqualTo(ConfusionMatrix.fromPredictions(THREE, pairs[0], pairs[1]))
                .isEqualTo(ConfusionMatrix.of(THREE, THREE_COUNTS));
    }

    @Test
    void countsSinglePairs() {
        ConfusionMatrixAccumulator accumulator = new ConfusionMatrixAccumulator(THREE);
        accumulator.add(2, 1);
        accumulator.add(2, 1);
        assertThat(accumulator.total()).isEqualTo(2);
        assertThat(accumulator.snapshot().count(2, 1)).isEqualTo(2);
    }

    @Test
    void predictsTheArgMaxOfScoresWithTiesGoingToTheLowerIndex() {
        ConfusionMatrixAccumulator accumulator = new ConfusionMatrixAccumulator(THREE);
        accumulator.addScores(
                new int[] {0, 1, 2},
                new float[][] {{2f, 1f, 0f}, {0.3f, 0.3f, 0.3f}, {-5f, -1f, -0.5f}});
        ConfusionMatrix m = accumulator.snapshot();
        assertThat(m.count(0, 0)).isEqualTo(1);
        assertThat(m.count(1, 0)).isEqualTo(1);
        assertThat(m.count(2, 2)).isEqualTo(1);
    }

    @Test
    void rejectsABatchWithAnIndexOutOfRangeAndKeepsEarlierCounts() {
        ConfusionMatrixAccumulator accumulator = new ConfusionMatrixAccumulator(THREE);
        accumulator.addAll(new int[] {0}, new int[] {0});
        assertThatThrownBy(() -> accumulator.addAll(new int[] {0, 1, 2}, new int[] {0, 3, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Predicted class index 3 at batch position 1");
        assertThat(accumulator.total()).isEqualTo(1);
    }

    @Test
    void rejectsBatchesOfUnequalLength() {
        ConfusionMatrixAccumulator accumulator = new ConfusionMatrixAccumulator(THREE);
        assertThatThrownBy(() -> accumulator.addAll(new int[] {0, 1}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 true labels but 1 predictions");
    }

    @Test
    void rejectsScoreRowsOfTheWrongWidthNamingTheSample() {
        ConfusionMatrixAccumulator accumulator = new ConfusionMatrixAccumulator(THREE);
        assertThatThrownBy(() -> accumulator.addScores(new int[] {0, 1}, new float[][] {{1, 0, 0}, {1, 0}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Sample 1 has 2 scores");
    }

    @Test
    void rejectsNaNScoresNamingTheSampleAndClass() {
        ConfusionMatrixAccumulator accumulator = new ConfusionMatrixAccumulator(THREE);
        assertThatThrownBy(() -> accumulator.addScores(new int[] {0}, new float[][] {{1, Float.NaN, 0}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("class 1 in sample 0 is NaN");
    }

    @Test
    void resetForgetsEverything() {
        ConfusionMatrixAccumulator accumulator = new ConfusionMatrixAccumulator(THREE);
        accumulator.addAll(ConfusionMatrix.of(THREE, THREE_COUNTS));
        accumulator.reset();
        assertThat(accumulator.snapshot()).isEqualTo(ConfusionMatrix.empty(THREE));
    }

    @Test
    void countsEveryBatchWhenBatchesArriveFromManyThreads() throws Exception {
        ConfusionMatrixAccumulator accumulator = new ConfusionMatrixAccumulator(THREE);
        int[][] pairs = Examples.pairs(THREE_COUNTS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int task = 0; task < 200; task++) {
                futures.add(pool.submit(() -> accumulator.addAll(pairs[0], pairs[1])));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        long[][] expected = new long[3][];
        for (int t = 0; t < 3; t++) {
            expected[t] = Arrays.stream(THREE_COUNTS[t]).map(c -> c * 200).toArray();
        }
        assertThat(accumulator.snapshot()).isEqualTo(ConfusionMatrix.of(THREE, expected));
    }
}
