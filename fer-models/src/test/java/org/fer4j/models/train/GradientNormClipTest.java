package org.fer4j.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.List;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.SyntheticFaces;
import org.fer4j.models.Temporal;
import org.junit.jupiter.api.Test;

/** Gradient clipping by global norm: what it does to the arrays, and to a training run. */
class GradientNormClipTest {

    private static final float SGD_RATE = 0.1f;

    @Test
    void aGradientLongerThanTheLimitIsScaledDownToItAcrossEveryParameter() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            NDArray a = manager.create(new float[] {3f, 0f});
            NDArray b = manager.create(new float[] {4f});

            double before = new GradientNormClip(1f).clip(List.of(a, b));

            assertThat(before).isCloseTo(5.0, within(1e-6));
            assertThat(a.toFloatArray()).containsExactly(new float[] {0.6f, 0f}, within(1e-5f));
            assertThat(b.toFloatArray()).containsExactly(new float[] {0.8f}, within(1e-5f));
        }
    }

    @Test
    void aGradientWithinTheLimitIsLeftAlone() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            NDArray a = manager.create(new float[] {0.3f, -0.4f});

            assertThat(new GradientNormClip(1f).clip(List.of(a))).isCloseTo(0.5, within(1e-6));
            assertThat(a.toFloatArray()).containsExactly(0.3f, -0.4f);
        }
    }

    @Test
    void aLimitThatIsNotAPositiveNumberIsRefused() {
        for (float limit : new float[] {0f, -1f, Float.NaN, Float.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new GradientNormClip(limit)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("largest gradient norm");
        }
        assertThatThrownBy(() -> TrainingPlan.builder().optGradientClipNorm(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gradientClipNorm");
    }

    @Test
    void aPlanNamesItsClipNormOnlyWhenItClipsSoOlderCheckpointsStillResume() {
        assertThat(TrainingPlan.builder().build().toString()).doesNotContain("clip");
        assertThat(TrainingPlan.builder().optGradientClipNorm(5).build().toString()).endsWith(" clipNorm=5.0");
    }

    @Test
    void eachStepOfAClippedSgdRunMovesTheWeightsByAtMostTheRateTimesTheLimit() throws IOException {
        float limit = 1e-4f;
        try (EmotionRecognizer clipped = tinyRecognizer(); EmotionRecognizer free = tinyRecognizer()) {
            float[] start = BlockWeights.trainable(clipped.block());
            int steps = shortSgdRun(clipped, limit);
            shortSgdRun(free, 0);

            double bound = steps * SGD_RATE * limit;
            assertThat(distance(BlockWeights.trainable(clipped.block()), start)).isPositive().isLessThanOrEqualTo(bound * 1.01);
            assertThat(distance(BlockWeights.trainable(free.block()), start)).isGreaterThan(100 * bound);
        }
    }

    private static EmotionRecognizer tinyRecognizer() {
        return EmotionRecognizer.builder().spec(SyntheticFaces.tinySpec(Temporal.LSTM, false)).build();
    }

    /** One epoch of plain SGD (no momentum, no weight decay) at a constant rate; returns its steps. */
    private static int shortSgdRun(EmotionRecognizer recognizer, float clipNorm) throws IOException {
        int faces = 96;
        int batch = 16;
        recognizer.trainer()
                .setTrainingSet(SyntheticFaces.dataset(faces, 1, 3))
                .optPlan(TrainingPlan.builder().optEpochs(1).optWarmupEpochs(0).optBatchSize(batch).optSeed(42)
                        .optOptimizer(OptimizerChoice.SGD_NESTEROV).optMomentum(0).optWeightDecay(0)
                        .optLearningRate(SGD_RATE).optMinLearningRate(SGD_RATE).optGradientClipNorm(clipNorm).build())
                .build()
                .fit();
        return faces / batch;
    }

    private static double distance(float[] a, float[] b) {
        double squares = 0;
        for (int i = 0; i < a.length; i++) {
            squares += (a[i] - b[i]) * (double) (a[i] - b[i]);
        }
        return Math.sqrt(squares);
    }
}
