package org.fer4j.metrics.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.evaluator.Evaluator;
import java.util.Random;
import org.fer4j.core.Emotion;
import org.fer4j.core.LabelSet;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.fer4j.metrics.ConfusionMatrixAccumulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MacroF1EvaluatorTest {

    private static final LabelSet THREE = LabelSet.of(Emotion.ANGRY, Emotion.HAPPY, Emotion.SAD);

    private NDManager manager;

    @BeforeEach
    void openManager() {
        manager = NDManager.newBaseManager("PyTorch");
    }

    @AfterEach
    void closeManager() {
        manager.close();
    }

    @Test
    void accumulatesTheSameMacroF1AsTheStandaloneComputationOverBatches() {
        Random random = new Random(42);
        MacroF1Evaluator evaluator = new MacroF1Evaluator(THREE);
        evaluator.addAccumulator("validate");
        ConfusionMatrixAccumulator standalone = new ConfusionMatrixAccumulator(THREE);
        for (int batch = 0; batch < 4; batch++) {
            int n = 5 + batch;
            float[][] logits = new float[n][3];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(3);
                for (int c = 0; c < 3; c++) {
                    logits[i][c] = (float) random.nextGaussian() + (c == labels[i] ? 0.8f : 0f);
                }
            }
            standalone.addScores(labels, logits);
            try (NDManager batchManager = manager.newSubManager()) {
                NDList labelList = new NDList(batchManager.create(toLongs(labels)));
                NDList predictionList = new NDList(batchManager.create(logits));
                evaluator.updateAccumulator("validate", labelList, predictionList);
            }
        }
        ClassificationMetrics expected = ClassificationMetrics.of(standalone.snapshot());
        assertThat(expected.total()).isEqualTo(5 + 6 + 7 + 8);
        assertThat(evaluator.confusionMatrix("validate")).isEqualTo(standalone.snapshot());
        assertThat(evaluator.getAccumulator("validate")).isCloseTo((float) expected.macroF1(), within(1e-6f));
        assertThat(evaluator.metrics("validate").accuracy()).isEqualTo(expected.accuracy());
    }

    @Test
    void createsNoNDArraysWhenUpdatingAndOnlyTheResultWhenEvaluating() {
        MacroF1Evaluator evaluator = new MacroF1Evaluator(THREE);
        evaluator.addAccumulator("train");
        try (NDManager batchManager = manager.newSubManager()) {
            NDList labels = new NDList(batchManager.create(new int[] {0, 1, 2, 2}));
            NDList predictions = new NDList(batchManager.create(new double[][] {
                {3, 1, 0}, {0, 2, 1}, {0, 1, 5}, {4, 0, 1}
            }));
            int before = batchManager.getManagedArrays().size();
            evaluator.updateAccumulators(new String[] {"train"}, labels, predictions);
            assertThat(batchManager.getManagedArrays()).hasSize(before);

            try (NDArray result = evaluator.evaluate(labels, predictions)) {
                assertThat(batchManager.getManagedArrays()).hasSize(before + 1);
                assertThat(result.getShape()).isEqualTo(new Shape());
                assertThat(result.getFloat()).isCloseTo(evaluator.getAccumulator("train"), within(1e-6f));
            }
            assertThat(batchManager.getManagedArrays()).hasSize(before);
        }
    }

    @Test
    void readsOneHotLabelsAndFloatClassIndicesLikeIntegerLabels() {
        float[][] probabilities = {{0.7f, 0.2f, 0.1f}, {0.1f, 0.3f, 0.6f}, {0.2f, 0.5f, 0.3f}};
        ConfusionMatrix expected = ConfusionMatrix.fromPredictions(THREE, new int[] {0, 1, 1}, new int[] {0, 2, 1});
        MacroF1Evaluator evaluator = new MacroF1Evaluator(THREE);
        evaluator.addAccumulator("oneHot");
        evaluator.addAccumulator("float");
        evaluator.addAccumulator("column");
        NDArray predictions = manager.create(probabilities);
        evaluator.updateAccumulator(
                "oneHot", new NDList(manager.create(new float[][] {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}})), new NDList(predictions));
        evaluator.updateAccumulator("float", new NDList(manager.create(new float[] {0, 1, 1})), new NDList(predictions));
        evaluator.updateAccumulator(
                "column", new NDList(manager.create(new long[] {0, 1, 1}).reshape(3, 1)), new NDList(predictions));
        assertThat(evaluator.confusionMatrix("oneHot")).isEqualTo(expected);
        assertThat(evaluator.confusionMatrix("float")).isEqualTo(expected);
        assertThat(evaluator.confusionMatrix("column")).isEqualTo(expected);
    }

    @Test
    void readsHalfPrecisionPredictionsWithoutLeakingTheConvertedCopy() {
        MacroF1Evaluator evaluator = new MacroF1Evaluator(THREE);
        evaluator.addAccumulator("k");
        try (NDManager batchManager = manager.newSubManager()) {
            NDArray predictions = batchManager.create(new float[][] {{0, 1, 0}, {0, 0, 1}}).toType(DataType.FLOAT16, false);
            NDArray labels = batchManager.create(new long[] {1, 2});
            int before = batchManager.getManagedArrays().size();
            evaluator.updateAccumulator("k", new NDList(labels), new NDList(predictions));
            assertThat(batchManager.getManagedArrays()).hasSize(before);
        }
        assertThat(evaluator.metrics("k").accuracy()).isEqualTo(1.0);
        // angry is neither present nor predicted: F1 0, still in the macro average (2 of 3 classes)
        assertThat(evaluator.getAccumulator("k")).isCloseTo(2f / 3, within(1e-6f));
    }

    @Test
    void feedsSeveralAccumulatorsAndResetsOneIndependently() {
        MacroF1Evaluator evaluator = new MacroF1Evaluator(THREE);
        evaluator.addAccumulator("epoch");
        evaluator.addAccumulator("all");
        NDList labels = new NDList(manager.create(new long[] {0, 1}));
        NDList predictions = new NDList(manager.create(new float[][] {{1, 0, 0}, {1, 0, 0}}));
        evaluator.updateAccumulators(new String[] {"epoch", "all"}, labels, predictions);
        evaluator.resetAccumulator("epoch");
        assertThat(evaluator.confusionMatrix("epoch").total()).isZero();
        assertThat(evaluator.getAccumulator("epoch")).isZero();
        assertThat(evaluator.confusionMatrix("all").total()).isEqualTo(2);
    }

    @Test
    void reportsAnyMetricOfTheMatrixThroughTheGenericEvaluator() {
        Evaluator accuracy = new ConfusionMatrixEvaluator("BalancedAccuracy", THREE, ClassificationMetrics::balancedAccuracy);
        accuracy.addAccumulator("k");
        accuracy.updateAccumulator(
                "k",
                new NDList(manager.create(new long[] {0, 0, 1, 2})),
                new NDList(manager.create(new float[][] {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}, {0, 0, 1}})));
        // recalls 1/2, 1, 1 -> balanced accuracy 5/6
        assertThat(accuracy.getAccumulator("k")).isCloseTo(5f / 6, within(1e-6f));
        assertThat(accuracy.getName()).isEqualTo("BalancedAccuracy");
    }

    @Test
    void rejectsPredictionsWithTheWrongNumberOfClasses() {
        MacroF1Evaluator evaluator = new MacroF1Evaluator(THREE);
        evaluator.addAccumulator("k");
        assertThatThrownBy(() -> evaluator.updateAccumulator(
                        "k", new NDList(manager.create(new long[] {0})), new NDList(manager.create(new float[][] {{1, 0}}))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MacroF1: predictions have shape (1, 2)");
    }

    @Test
    void rejectsFractionalClassIndices() {
        MacroF1Evaluator evaluator = new MacroF1Evaluator(THREE);
        evaluator.addAccumulator("k");
        assertThatThrownBy(() -> evaluator.updateAccumulator(
                        "k",
                        new NDList(manager.create(new float[] {0.5f})),
                        new NDList(manager.create(new float[][] {{1, 0, 0}}))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label 0.5 at batch position 0 is not a class index");
    }

    @Test
    void rejectsAnAccumulatorThatWasNeverAdded() {
        assertThatThrownBy(() -> new MacroF1Evaluator(THREE).getAccumulator("missing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no accumulator 'missing'");
    }

    private static long[] toLongs(int[] values) {
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = values[i];
        }
        return longs;
    }
}
