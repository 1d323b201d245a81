package org.fer4j.models.train;

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
        return FerTrainer.builder()
                .setBlock(net)
                .setLabels(LabelSet.FER2013)
                .setTrainingSet(SyntheticFaces.dataset(280, 2, 11))
                .optValidationSet(SyntheticFaces.dataset(70, 2, 12))
                .optPlan(TrainingPlan.builder().optEpochs(EPOCHS).optBatchSize(16).optWarmupEpochs(1).optSeed(7).build())
                .optAugmentation(AugmentationPipeline.standard())
                .optCheckpointDir(checkpoints)
                .optDescription("tiny-resume-test")
                .build();
    }

    /** Child-process entry: trains into the checkpoint directory given as the only argument. */
    public static void main(String[] args) throws IOException {
        trainer(network(), Path.of(args[0])).fit();
    }
}
