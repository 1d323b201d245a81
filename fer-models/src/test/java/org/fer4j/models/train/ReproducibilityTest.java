package org.fer4j.models.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.fer4j.augment.AugmentationPipeline;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.SyntheticFaces;
import org.fer4j.models.Temporal;
import org.junit.jupiter.api.Test;

/** Same seed, same weights: from a fresh network through a whole (short) training run. */
class ReproducibilityTest {

    @Test
    void twoRecognizersBuiltFreshStartFromIdenticalWeights() {
        try (EmotionRecognizer a = tinyRecognizer(); EmotionRecognizer b = tinyRecognizer()) {
            assertThat(BlockWeights.all(a.block())).containsExactly(BlockWeights.all(b.block()));
        }
    }

    @Test
    void twoFreshRunsWithTheSameSeedEndWithIdenticalWeights() throws IOException {
        try (EmotionRecognizer a = tinyRecognizer(); EmotionRecognizer b = tinyRecognizer()) {
            shortRun(a);
            shortRun(b);
            float[] first = BlockWeights.all(a.block());
            assertThat(first).as("training changed the weights").isNotEqualTo(weightsOfUntrained());
            assertThat(BlockWeights.all(b.block())).containsExactly(first);
        }
    }

    private static EmotionRecognizer tinyRecognizer() {
        return EmotionRecognizer.builder().spec(SyntheticFaces.tinySpec(Temporal.LSTM, false)).build();
    }

    private static void shortRun(EmotionRecognizer recognizer) throws IOException {
        recognizer.trainer()
                .setTrainingSet(SyntheticFaces.dataset(96, 1, 3))
                .optPlan(TrainingPlan.builder().optEpochs(2).optWarmupEpochs(1).optBatchSize(16).optSeed(42).build())
                .optAugmentation(AugmentationPipeline.standard())
                .build()
                .fit();
    }

    private static float[] weightsOfUntrained() {
        try (EmotionRecognizer fresh = tinyRecognizer()) {
            return BlockWeights.all(fresh.block());
        }
    }
}
