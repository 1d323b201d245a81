package org.fer4j.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import org.fer4j.augment.AugmentationPipeline;
import org.fer4j.core.LabelSet;
import org.fer4j.models.SyntheticFaces;
import org.fer4j.models.Temporal;
import org.fer4j.models.nn.EmotionNet;

/**
 * A small, fully seeded training run on synthetic faces, used by the resume tests both in-process
 * and as the child process that gets killed mid-run.
 */
public final class TinyTrainingRun {

    static final int EPOCHS = 4;

    private TinyTrainingRun() {}

    /** The network every run starts from (initialised by the trainer with the plan's seed). */
    static EmotionNet network() {
        return EmotionNet.of(SyntheticFaces.tinySpec(Temporal.LSTM, false));
    }

    static FerTrainer trainer(EmotionNet net, Path checkpoints) {
        return builder(net, checkpoints).build();
    }

    /** The same run distilled from {@link SquareSizeTeacher} (its targets cached in the checkpoint directory). */
    static FerTrainer distilledTrainer(EmotionNet net, Path checkpoints) {
        return builder(net, checkpoints)
                .optDistillation(Distillation.builder().setTeacher(new SquareSizeTeacher()).optTemperature(2).build())
                .build();
    }

    private static FerTrainer.Builder builder(EmotionNet net, Path checkpoints) {
        return FerTrainer.builder()
                .setBlock(net)
                .setLabels(LabelSet.FER2013)
                .setTrainingSet(SyntheticFaces.dataset(280, 2, 11))
                .optValidationSet(SyntheticFaces.dataset(70, 2, 12))
                .optPlan(TrainingPlan.builder().optEpochs(EPOCHS).optBatchSize(16).optWarmupEpochs(1).optSeed(7).build())
                .optAugmentation(AugmentationPipeline.standard())
                .optCheckpointDir(checkpoints)
                .optDescription("tiny-resume-test");
    }

    /**
     * Child-process entry: trains into the checkpoint directory given as the first argument; a second
     * argument {@code distilled} trains the distilled run.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        (args.length > 1 && args[1].equals("distilled") ? distilledTrainer(network(), dir) : trainer(network(), dir)).fit();
    }

    /** The network's outputs on a fixed batch of 4 two-frame clips. */
    static float[] outputs(EmotionNet net) {
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] pixels = new float[4 * 2 * SyntheticFaces.SIDE * SyntheticFaces.SIDE];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (i % 17) / 17f;
            }
            NDArray x = manager.create(pixels, new Shape(4, 2, 1, SyntheticFaces.SIDE, SyntheticFaces.SIDE));
            return net.forward(new ParameterStore(manager, false), new NDList(x), false).head().toFloatArray();
        }
    }

    /** Asserts that a resumed run ended where the uninterrupted one did: each epoch's train loss and the outputs. */
    static void assertSameRun(TrainingState resumed, EmotionNet resumedNet, TrainingState straight, EmotionNet straightNet) {
        assertThat(resumed.epochsDone()).isEqualTo(EPOCHS);
        assertThat(resumed.curve()).hasSize(EPOCHS);
        for (int e = 0; e < EPOCHS; e++) {
            assertThat(resumed.curve().get(e).trainLoss())
                    .as("train loss of epoch %d", e + 1)
                    .isCloseTo(straight.curve().get(e).trainLoss(), within(1e-4));
        }
        float[] a = outputs(resumedNet);
        float[] b = outputs(straightNet);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("output %d", i).isCloseTo(b[i], within(1e-4f));
        }
    }
}
