package org.fer4j.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fer4j.augment.AugmentationPipeline;
import org.fer4j.core.LabelSet;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.SyntheticFaces;
import org.fer4j.models.nn.EmotionNet;
import org.fer4j.models.zoo.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FerTrainerTest {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyZooVariantLearnsSyntheticFacesWithFallingLoss(Variant variant) throws IOException {
        ModelSpec zoo = variant.spec();
        ModelSpec tiny = SyntheticFaces.tinySpec(zoo.temporal(), zoo.attention());
        SyntheticFaces.assertLearns(SyntheticFaces.briefTraining(EmotionNet.of(tiny))
                .optAugmentation(variant.augmented() ? AugmentationPipeline.builder().add(new org.fer4j.augment.Shift(0.05)).build() : null));
    }

    @Test
    void aRunKilledMidEpochResumesToTheSameWeightsAsAnUninterruptedRun(@TempDir Path tmp) throws Exception {
        Path killed = tmp.resolve("killed");
        Path checkpoint = killed.resolve(Checkpoint.LAST);
        try (ChildJvm child = ChildJvm.start(TinyTrainingRun.class, tmp.resolve("child.log"), killed.toString())) {
            assertThat(child.killWhen(() -> Files.exists(checkpoint), 120))
                    .as("child was killed after writing a checkpoint; log: %s", child.log())
                    .isTrue();
            assertThat(child.exitValue()).as("the child was killed, not finished").isNotZero();
        }

        EmotionNet resumedNet = TinyTrainingRun.network();
        TrainingState resumed = TinyTrainingRun.trainer(resumedNet, killed).fit();
        EmotionNet straightNet = TinyTrainingRun.network();
        TrainingState straight = TinyTrainingRun.trainer(straightNet, tmp.resolve("straight")).fit();

        TinyTrainingRun.assertSameRun(resumed, resumedNet, straight, straightNet);
    }

    @Test
    void resumingUnderAnotherPlanIsRefused(@TempDir Path tmp) throws IOException {
        TinyTrainingRun.trainer(TinyTrainingRun.network(), tmp).fit();
        FerTrainer other = FerTrainer.builder()
                .setBlock(TinyTrainingRun.network())
                .setLabels(LabelSet.FER2013)
                .setTrainingSet(SyntheticFaces.dataset(280, 2, 11))
                .optPlan(TrainingPlan.builder().optEpochs(9).build())
                .optCheckpointDir(tmp)
                .optDescription("tiny-resume-test")
                .build();
        assertThatThrownBy(other::fit).isInstanceOf(IOException.class).hasMessageContaining("another model or plan");
    }

    @Test
    void aTornCheckpointFileIsReportedNotLoaded(@TempDir Path tmp) throws IOException {
        TinyTrainingRun.trainer(TinyTrainingRun.network(), tmp).fit();
        Path last = tmp.resolve(Checkpoint.LAST);
        byte[] bytes = Files.readAllBytes(last);
        Files.write(last, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> TinyTrainingRun.trainer(TinyTrainingRun.network(), tmp).fit())
                .isInstanceOf(IOException.class)
                .hasMessageContaining(Checkpoint.LAST);
    }

    @Test
    void aTrainingSetLabelledWithAnotherLabelSetIsRefusedBeforeTraining() {
        FerTrainer.Builder builder = FerTrainer.builder()
                .setBlock(EmotionNet.of(SyntheticFaces.tinySpec(org.fer4j.models.Temporal.LSTM, false)))
                .setLabels(LabelSet.CK_PLUS)
                .setTrainingSet(SyntheticFaces.dataset(14, 1, 1));
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("training labels");
    }

    @Test
    void classWeightsFavourRareClassesAndIgnoreAbsentOnes() {
        float[] w = ClassBalance.INVERSE_FREQUENCY.weights(new int[] {100, 10, 0});
        assertThat(w[1]).isCloseTo(10 * w[0], within(1e-4f));
        assertThat(w[2]).isZero();
        assertThat(ClassBalance.NONE.weights(new int[] {5, 1})).containsExactly(1f, 1f);
    }

    @Test
    void learningRateWarmsUpThenDecaysToTheMinimum() {
        TrainingPlan plan = TrainingPlan.builder().optEpochs(10).optWarmupEpochs(2).optLearningRate(1e-3f).optMinLearningRate(1e-5f).build();
        assertThat(plan.learningRateAt(0)).isLessThan(1e-5f);
        assertThat(plan.learningRateAt(2)).isCloseTo(1e-3f, within(1e-7f));
        assertThat(plan.learningRateAt(10)).isCloseTo(1e-5f, within(1e-7f));
        assertThat(plan.learningRateAt(6)).isBetween(1e-5f, 1e-3f);
    }


}
