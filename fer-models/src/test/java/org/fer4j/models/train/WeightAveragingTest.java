package org.fer4j.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.SyntheticFaces;
import org.fer4j.models.Temporal;
import org.fer4j.models.nn.EmotionNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightAveragingTest {

    private static final ModelSpec TINY = SyntheticFaces.tinySpec(Temporal.LSTM, false);

    private static Block freshNet(NDManager manager) {
        Block net = EmotionNet.of(TINY);
        net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 1, TINY.inputSide(), TINY.inputSide()));
        return net;
    }

    private static List<float[]> weights(Block block) {
        List<float[]> values = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            values.add(p.getValue().getArray().toFloatArray());
        }
        return values;
    }

    @Test
    void aRunKeepsTheLastEpochsWeightsAndTheirAverageIsTheElementwiseMean(@TempDir Path dir) throws IOException {
        SyntheticFaces.briefTraining(EmotionNet.of(TINY))
                .optPlan(TrainingPlan.builder().optEpochs(3).optBatchSize(16).optWarmupEpochs(0)
                        .optLearningRate(5e-3f).build())
                .optCheckpointDir(dir)
                .optKeepLastEpochWeights(2)
                .build()
                .fit();
        assertThat(dir.resolve(Checkpoint.epochFileName(1))).doesNotExist();
        Path second = dir.resolve(Checkpoint.epochFileName(2));
        Path third = dir.resolve(Checkpoint.epochFileName(3));
        assertThat(second).exists();
        assertThat(third).exists();

        try (NDManager manager = NDManager.newBaseManager()) {
            Block a = freshNet(manager);
            Checkpoint.loadParameters(second, a, manager);
            Block b = freshNet(manager);
            Checkpoint.loadParameters(third, b, manager);
            Block averaged = freshNet(manager);
            WeightAveraging.averageInto(averaged, manager, List.of(second, third));
            Block last = freshNet(manager);
            Checkpoint.loadParameters(dir.resolve(Checkpoint.LAST), last, manager);

            List<float[]> wa = weights(a);
            List<float[]> wb = weights(b);
            List<float[]> mean = weights(averaged);
            assertThat(wa.get(0)).isNotEqualTo(wb.get(0));
            for (int i = 0; i < mean.size(); i++) {
                for (int k = 0; k < mean.get(i).length; k++) {
                    assertThat(mean.get(i)[k]).isCloseTo((wa.get(i)[k] + wb.get(i)[k]) / 2, within(1e-6f));
                }
            }
            List<float[]> fromCheckpoint = weights(last);
            for (int i = 0; i < wb.size(); i++) {
                assertThat(fromCheckpoint.get(i)).as("weights inside last.ckpt").containsExactly(wb.get(i));
            }
        }
    }

    @Test
    void averagingNothingIsRefused() {
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThatThrownBy(() -> WeightAveraging.averageInto(freshNet(manager), manager, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one");
        }
    }

    @Test
    void aWeightsFileOfAnotherArchitectureIsReportedWithItsName(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("other.params");
        try (NDManager manager = NDManager.newBaseManager()) {
            Block gru = EmotionNet.of(SyntheticFaces.tinySpec(Temporal.GRU, true));
            gru.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 1, TINY.inputSide(), TINY.inputSide()));
            try (var out = new java.io.DataOutputStream(java.nio.file.Files.newOutputStream(other))) {
                gru.saveParameters(out);
            }
            assertThatThrownBy(() -> WeightAveraging.averageInto(freshNet(manager), manager, List.of(other)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("other.params");
        }
    }

    @Test
    void aWeightsFileOfTheSameLayersWithOtherChannelWidthsIsRefusedNamingTheParameter(@TempDir Path dir) throws IOException {
        Path wider = dir.resolve("wider.params");
        try (NDManager manager = NDManager.newBaseManager()) {
            Block net = EmotionNet.of(TINY.toBuilder().optChannels(12, 24).build());
            net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 1, TINY.inputSide(), TINY.inputSide()));
            try (var out = new java.io.DataOutputStream(java.nio.file.Files.newOutputStream(wider))) {
                net.saveParameters(out);
            }
            assertThatThrownBy(() -> WeightAveraging.averageInto(freshNet(manager), manager, List.of(wider)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("wider.params does not match this model: parameter")
                    .hasMessageContaining("other channel widths");
        }
    }
}
