package org.fer4j.metrics.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.TrainingResult;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.listener.EvaluatorTrainingListener;
import ai.djl.training.loss.Loss;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.util.Arrays;
import org.fer4j.core.Emotion;
import org.fer4j.core.LabelSet;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrixAccumulator;
import org.junit.jupiter.api.Test;

/** The evaluator plugged into a real DJL training loop through a TrainingConfig. */
class MacroF1EvaluatorTrainingTest {

    private static final LabelSet THREE = LabelSet.of(Emotion.ANGRY, Emotion.HAPPY, Emotion.SAD);

    @Test
    void reportsMacroF1ForTrainingAndValidationFromATrainingConfig() throws IOException, TranslateException {
        try (NDManager manager = NDManager.newBaseManager("PyTorch");
                Model model = Model.newInstance("linear", "PyTorch")) {
            // Three separable clusters: the class index shifts the first feature.
            NDArray labels = manager.arange(0, 3).repeat(20).toType(DataType.INT64, false);
            NDArray features = manager.randomNormal(new Shape(60, 4)).mul(0.1f).add(
                    labels.toType(DataType.FLOAT32, false).reshape(60, 1).mul(3));
            ArrayDataset data = new ArrayDataset.Builder()
                    .setData(features)
                    .optLabels(labels)
                    .setSampling(20, true)
                    .build();
            // Two layers, not one: DJL's first step() refuses gradients whose signed sum is exactly 0,
            // and for a single Linear under softmax cross-entropy that sum is 0 in exact arithmetic
            // (each sample's (p - y) sums to 0 over the classes), so float rounding decided the test.
            model.setBlock(new SequentialBlock()
                    .add(Linear.builder().setUnits(8).build())
                    .add(Linear.builder().setUnits(3).build()));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .addEvaluator(new MacroF1Evaluator(THREE))
                    .addTrainingListeners(new EvaluatorTrainingListener());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(20, 4));
                EasyTrain.fit(trainer, 3, data, data);
                TrainingResult result = trainer.getTrainingResult();
                assertThat(result.getTrainEvaluation("MacroF1")).isBetween(0f, 1f);

                // The last validation pass saw all 60 samples with the final weights, so it must
                // match the standalone metrics of the final model's predictions.
                float[] logits = trainer.forward(new NDList(features)).singletonOrThrow().toFloatArray();
                float[][] scores = new float[60][];
                for (int i = 0; i < 60; i++) {
                    scores[i] = Arrays.copyOfRange(logits, 3 * i, 3 * i + 3);
                }
                ConfusionMatrixAccumulator standalone = new ConfusionMatrixAccumulator(THREE);
                standalone.addScores(Arrays.stream(labels.toLongArray()).mapToInt(l -> (int) l).toArray(), scores);
                double expected = ClassificationMetrics.of(standalone.snapshot()).macroF1();
                assertThat(result.getValidateEvaluation("MacroF1")).isCloseTo((float) expected, within(1e-5f));
            }
        }
    }
}
