package org.fer4j.models.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fer4j.core.ModelCard;
import org.fer4j.models.SyntheticFaces;
import org.fer4j.models.Temporal;
import org.fer4j.models.nn.EmotionNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer, not an example program, writes what a model card says about the run. */
class TrainerModelCardTest {

    @Test
    void aRunWritesItsCardWithSeedPlanEpochsAccuraciesAndTime(@TempDir Path runs) throws IOException {
        EmotionNet net = EmotionNet.of(SyntheticFaces.tinySpec(Temporal.LSTM, false));
        TrainingPlan plan = TrainingPlan.builder().optEpochs(3).optWarmupEpochs(1).optBatchSize(16).optSeed(9).build();
        TrainingState state = FerTrainer.builder()
                .setBlock(net)
                .setLabels(org.fer4j.core.LabelSet.FER2013)
                .setTrainingSet(SyntheticFaces.dataset(96, 1, 1))
                .optValidationSet(SyntheticFaces.dataset(35, 1, 2))
                .optPlan(plan)
                .optCheckpointDir(runs)
                .optModelCard(ModelCard.beforeTraining("tiny", "cnn-rnn", "synthetic 96", "synthetic 35", "test", 1.5))
                .build()
                .fit();

        ModelCard card = ModelCard.fromJson(Files.readString(runs.resolve(FerTrainer.CARD), StandardCharsets.UTF_8));

        assertThat(card.name()).isEqualTo("tiny");
        assertThat(card.trainingData()).isEqualTo("synthetic 96");
        assertThat(card.seed()).isEqualTo(9);
        assertThat(card.plan()).isEqualTo(plan.toString());
        assertThat(card.epochs()).isEqualTo(3);
        assertThat(card.bestEpoch()).isEqualTo(state.bestEpoch());
        assertThat(card.validationAccuracy()).isEqualTo(state.bestAccuracy());
        assertThat(card.validationAccuracyWithFlip()).isBetween(0.0, 1.0);
        assertThat(card.megaFlopsPerFace()).isEqualTo(1.5);
        assertThat(card.trainingMinutes()).isPositive();
        assertThat(card.machine()).contains("-core").contains("PyTorch");
        assertThat(card.created()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aDistilledAugmentedRunsCardNamesItsAugmentationAndTeacherBesideThePlan(@TempDir Path runs) throws IOException {
        TinyTrainingRun.distilledTrainer(TinyTrainingRun.network(), runs).fit();

        ModelCard card = ModelCard.fromJson(Files.readString(runs.resolve(FerTrainer.CARD), StandardCharsets.UTF_8));

        assertThat(card.plan())
                .startsWith("epochs=" + TinyTrainingRun.EPOCHS)
                .contains("seed=7")
                .contains("augmentation=AugmentationPipeline[").contains("RandomErasing")
                .contains("distillation(teacher=").contains("T=2.0");
    }

    @Test
    void measuringTheBestEpochWithFlipLeavesTheLastEpochsWeightsInTheBlock(@TempDir Path runs) throws IOException {
        EmotionNet net = EmotionNet.of(SyntheticFaces.tinySpec(Temporal.NONE, false));
        FerTrainer.builder()
                .setBlock(net)
                .setLabels(org.fer4j.core.LabelSet.FER2013)
                .setTrainingSet(SyntheticFaces.dataset(96, 1, 1))
                .optValidationSet(SyntheticFaces.dataset(35, 1, 2))
                .optPlan(TrainingPlan.builder().optEpochs(2).optWarmupEpochs(0).optBatchSize(16).build())
                .optCheckpointDir(runs)
                .build()
                .fit();

        EmotionNet last = EmotionNet.of(SyntheticFaces.tinySpec(Temporal.NONE, false));
        NDManager manager = NDManager.newBaseManager();
        last.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 1, SyntheticFaces.SIDE, SyntheticFaces.SIDE));
        Checkpoint.loadParameters(runs.resolve(Checkpoint.LAST), last, manager);
        assertThat(firstWeights(net)).containsExactly(firstWeights(last));
        manager.close();
    }

    private static float[] firstWeights(Block block) {
        return block.getParameters().valueAt(0).getArray().toFloatArray();
    }
}
