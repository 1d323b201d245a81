package org.fer4j.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fer4j.models.SyntheticFaces;
import org.fer4j.models.Temporal;
import org.fer4j.models.nn.EmotionNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistillationTest {

    @Test
    void softeningProbabilitiesEqualsSoftmaxOfTheLogitsOverTheTemperature() {
        float[] logits = {2f, 0.5f, -1f};
        Distillation kd = Distillation.builder().setTeacher(new SquareSizeTeacher()).optTemperature(3).build();
        float[] soft = kd.soften(softmax(logits, 1));
        float[] expected = softmax(logits, 3);
        for (int k = 0; k < logits.length; k++) {
            assertThat(soft[k]).isCloseTo(expected[k], within(1e-6f));
        }
    }

    @Test
    void theLossIsTheLabelLossPlusTemperatureScaledKlToTheTeacher() {
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] logits = {1f, 0f, -1f};
            float[] teacher = {0.2f, 0.5f, 0.3f};
            NDList predictions = new NDList(manager.create(logits).reshape(1, 3));
            NDList labels = new NDList(manager.create(new float[] {0f}), manager.create(teacher).reshape(1, 3));
            SmoothedCrossEntropyLoss ce = new SmoothedCrossEntropyLoss(0, null);
            float hard = ce.evaluate(new NDList(labels.get(0)), predictions).getFloat();
            float[] student = softmax(logits, 2);
            double kl = 0;
            for (int k = 0; k < 3; k++) {
                kl += teacher[k] * Math.log(teacher[k] / student[k]);
            }
            NDArray loss = new DistillationLoss(ce, 2, 0.25f).evaluate(labels, predictions);
            assertThat(loss.getFloat()).isCloseTo((float) (0.75 * hard + 0.25 * 4 * kl), within(1e-5f));
            assertThat(new DistillationLoss(ce, 2, 0f).evaluate(labels, predictions).getFloat())
                    .isCloseTo(hard, within(1e-6f));
        }
    }

    @Test
    void aStudentDistilledFromATeacherLearnsTheFaces() throws IOException {
        SquareSizeTeacher teacher = new SquareSizeTeacher();
        Distillation kd = Distillation.builder().setTeacher(teacher).optTemperature(2).optWeight(0.7f).build();
        SyntheticFaces.assertLearns(SyntheticFaces.briefTraining(tinyNet()).optDistillation(kd));
        assertThat(teacher.facesScored).as("one teacher pass over the 420 training faces").hasValue(420);
    }

    @Test
    void aResumedRunReadsTheCachedTargetsInsteadOfAskingTheTeacherAgain(@TempDir Path runs) throws IOException {
        SquareSizeTeacher teacher = new SquareSizeTeacher();
        Distillation kd = Distillation.builder().setTeacher(teacher).build();
        FerTrainer.Builder twoEpochs = briefRun(kd, runs, 2);
        twoEpochs.build().fit();
        assertThat(runs.resolve(TeacherTargets.FILE)).exists();
        teacher.facesScored.set(0);

        TrainingState resumed = briefRun(kd, runs, 2).build().fit();

        assertThat(resumed.epochsDone()).isEqualTo(2);
        assertThat(teacher.facesScored).hasValue(0);
    }

    @Test
    void aTornTargetCacheIsRecomputedNotTrusted(@TempDir Path runs) throws IOException {
        SquareSizeTeacher teacher = new SquareSizeTeacher();
        Distillation kd = Distillation.builder().setTeacher(teacher).build();
        Path cache = runs.resolve(TeacherTargets.FILE);
        Files.createDirectories(runs);
        briefRun(kd, runs.resolve("first"), 1).build().fit();
        byte[] whole = Files.readAllBytes(runs.resolve("first").resolve(TeacherTargets.FILE));
        Files.write(cache, java.util.Arrays.copyOf(whole, whole.length / 2));
        teacher.facesScored.set(0);

        briefRun(kd, runs, 1).build().fit();

        assertThat(teacher.facesScored).hasValue(96);
        assertThat(Files.readAllBytes(cache)).isEqualTo(whole);
    }

    @Test
    void aTeacherOfAnotherLabelSetIsRefused() {
        SquareSizeTeacher teacher = new SquareSizeTeacher() {
            @Override
            public org.fer4j.core.LabelSet labels() {
                return org.fer4j.core.LabelSet.CK_PLUS;
            }
        };
        Distillation kd = Distillation.builder().setTeacher(teacher).build();
        assertThatThrownBy(() -> briefRun(kd, null, 1).build().fit())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("teacher");
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        SquareSizeTeacher teacher = new SquareSizeTeacher();
        assertThatThrownBy(() -> Distillation.builder().build()).hasMessageContaining("setTeacher");
        assertThatThrownBy(() -> Distillation.builder().setTeacher(teacher).optTemperature(0).build())
                .hasMessageContaining("temperature");
        assertThatThrownBy(() -> Distillation.builder().setTeacher(teacher).optWeight(1.5f).build())
                .hasMessageContaining("weight");
        assertThatThrownBy(() -> Distillation.builder().setTeacher(teacher).optTemperature(Float.NaN).build())
                .hasMessageContaining("temperature");
    }

    private static FerTrainer.Builder briefRun(Distillation kd, Path checkpoints, int epochs) {
        return FerTrainer.builder()
                .setBlock(tinyNet())
                .setLabels(org.fer4j.core.LabelSet.FER2013)
                .setTrainingSet(SyntheticFaces.dataset(96, 1, 5))
                .optPlan(TrainingPlan.builder().optEpochs(epochs).optWarmupEpochs(0).optBatchSize(16).build())
                .optCheckpointDir(checkpoints)
                .optDescription("distillation-test")
                .optDistillation(kd);
    }

    private static EmotionNet tinyNet() {
        return EmotionNet.of(SyntheticFaces.tinySpec(Temporal.NONE, false));
    }

    private static float[] softmax(float[] logits, float temperature) {
        double[] e = new double[logits.length];
        double sum = 0;
        for (int k = 0; k < logits.length; k++) {
            e[k] = Math.exp(logits[k] / temperature);
            sum += e[k];
        }
        float[] p = new float[logits.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = (float) (e[k] / sum);
        }
        return p;
    }
}
