package org.fer4j.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Nesterov SGD follows PyTorch's update rule and resumes from saved state exactly. */
class ResumableNesterovSgdTest {

    private static final float LR = 0.1f;
    private static final float WD = 0.01f;
    private static final float MU = 0.9f;

    @Test
    void twoStepsFollowPyTorchsNesterovFormula() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            NDArray weight = manager.create(new float[] {1f, -2f});
            NDArray grad = manager.create(new float[] {0.5f, 0.25f});
            ResumableNesterovSgd sgd = new ResumableNesterovSgd(manager, WD, LR, MU);
            float[] w = {1f, -2f};
            float[] v = {0f, 0f};
            for (int step = 0; step < 2; step++) {
                sgd.update("w", weight, grad);
                for (int i = 0; i < 2; i++) {
                    float g = new float[] {0.5f, 0.25f}[i] + WD * w[i];
                    v[i] = MU * v[i] + g;
                    w[i] -= LR * (g + MU * v[i]);
                }
                assertThat(weight.toFloatArray()).containsExactly(w, within(1e-6f));
            }
        }
    }

    @Test
    void savedAndRestoredStateContinuesExactlyLikeAnUninterruptedOptimizer() throws IOException {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Block uninterrupted = linear(manager);
            Block resumed = linear(manager);
            ResumableNesterovSgd straight = new ResumableNesterovSgd(manager, WD, LR, MU);
            ResumableNesterovSgd first = new ResumableNesterovSgd(manager, WD, LR, MU);
            step(straight, uninterrupted, 0, 3, manager);
            step(first, resumed, 0, 1, manager);
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            first.save(new DataOutputStream(saved), resumed);
            ResumableNesterovSgd second = new ResumableNesterovSgd(manager, WD, LR, MU);
            second.load(new DataInputStream(new ByteArrayInputStream(saved.toByteArray())), resumed);
            step(second, resumed, 1, 3, manager);
            assertThat(weightOf(resumed)).containsExactly(weightOf(uninterrupted));
            assertThat(weightOf(resumed)).isNotEqualTo(new float[weightOf(resumed).length]);
        }
    }

    @Test
    void withoutMomentumAndDecayATrainingStepEqualsDjlsOwnSgd() {
        float[] ours = oneTrainingStep(manager -> new ResumableNesterovSgd(manager, 0, LR, 0));
        float[] djl = oneTrainingStep(manager -> ai.djl.training.optimizer.Optimizer.sgd()
                .setLearningRateTracker(ai.djl.training.tracker.Tracker.fixed(LR)).build());
        assertThat(ours).containsExactly(djl, within(1e-6f));
        assertThat(ours).isNotEqualTo(oneTrainingStep(manager -> new ResumableNesterovSgd(manager, 0, 0, 0)));
    }

    /** The weights of a linear layer after one DJL training step on fixed data with the optimizer made. */
    private static float[] oneTrainingStep(java.util.function.Function<NDManager, ai.djl.training.optimizer.Optimizer> optimizer) {
        try (ai.djl.Model model = ai.djl.Model.newInstance("sgd-step", "PyTorch")) {
            model.setBlock(linearUninitialized());
            ai.djl.training.DefaultTrainingConfig config = new ai.djl.training.DefaultTrainingConfig(
                    ai.djl.training.loss.Loss.l2Loss()).optOptimizer(optimizer.apply(model.getNDManager()));
            try (ai.djl.training.Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(2, 4));
                NDManager manager = model.getNDManager();
                ai.djl.ndarray.NDList data = new ai.djl.ndarray.NDList(manager.arange(8f).reshape(2, 4).div(8));
                ai.djl.ndarray.NDList labels = new ai.djl.ndarray.NDList(manager.ones(new Shape(2, 3)));
                try (ai.djl.training.GradientCollector collector = trainer.newGradientCollector()) {
                    ai.djl.ndarray.NDList predictions = trainer.forward(data);
                    collector.backward(trainer.getLoss().evaluate(labels, predictions));
                }
                trainer.step();
                return model.getBlock().getParameters().valueAt(0).getArray().toFloatArray();
            }
        }
    }

    private static Block linearUninitialized() {
        Block block = Linear.builder().setUnits(3).build();
        block.setInitializer((m, shape, type) -> m.arange((float) shape.size()).reshape(shape).div(10), p -> true);
        return block;
    }

    @Test
    void momentumOutsideZeroToOneIsRefused() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            assertThatThrownBy(() -> new ResumableNesterovSgd(manager, WD, LR, 1f))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("momentum");
        }
    }

    private static Block linear(NDManager manager) {
        Block block = Linear.builder().setUnits(3).build();
        block.setInitializer((m, shape, type) -> m.arange((float) shape.size()).reshape(shape).div(10), p -> true);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 4));
        return block;
    }

    /** Steps {@code from} to {@code to} (exclusive), with gradients depending on the step and the position. */
    private static void step(ResumableOptimizer optimizer, Block block, int from, int to, NDManager manager) {
        for (int s = from; s < to; s++) {
            for (var p : block.getParameters()) {
                NDArray weight = p.getValue().getArray();
                try (NDArray grad = manager.arange((float) weight.size()).reshape(weight.getShape()).mul(0.1f * (s + 1))) {
                    optimizer.update(p.getValue().getId(), weight, grad);
                }
            }
        }
    }

    private static float[] weightOf(Block block) {
        return block.getParameters().valueAt(0).getArray().toFloatArray();
    }
}
