package org.fer4j.models.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
            assertThat(weights(a.block())).containsExactly(weights(b.block()));
        }
    }

    @Test
    void twoFreshRunsWithTheSameSeedEndWithIdenticalWeights() throws IOException {
        try (EmotionRecognizer a = tinyRecognizer(); EmotionRecognizer b = tinyRecognizer()) {
            shortRun(a);
            shortRun(b);
            float[] first = weights(a.block());
            assertThat(first).as("training changed the weights").isNotEqualTo(weightsOfUntrained());
            assertThat(weights(b.block())).containsExactly(first);
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
            return weights(fresh.block());
        }
    }

    /** Every parameter of a block, flattened in parameter order. */
    private static float[] weights(Block block) {
        List<float[]> parts = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            parts.add(p.getValue().getArray().toFloatArray());
        }
        float[] all = new float[parts.stream().mapToInt(w -> w.length).sum()];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
