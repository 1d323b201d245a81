package org.fer4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fer4j.core.LabelSet;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.Temporal;
import org.fer4j.models.nn.EmotionNet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EncoderTransferTest {

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager("PyTorch");
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private static ModelSpec.Builder tiny() {
        return ModelSpec.builder().optInputSide(16).optChannels(8, 16).optFeatureSize(12).optHiddenSize(6);
    }

    private EmotionNet net(ModelSpec spec) {
        EmotionNet net = EmotionNet.of(spec);
        net.initialize(manager, DataType.FLOAT32, new Shape(2, 3, 1, 16, 16));
        return net;
    }

    private static Map<String, float[]> values(Block block) {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            values.put(p.getKey(), p.getValue().getArray().toFloatArray());
        }
        return values;
    }

    @Test
    void copiesTheFer2013EncoderIntoACkPlusNetworkAndLeavesItsHeadAlone() {
        EmotionNet source = net(tiny().optLabels(LabelSet.FER2013).optTemporal(Temporal.LSTM).build());
        EmotionNet target = net(tiny().optLabels(LabelSet.CK_PLUS).optTemporal(Temporal.NONE).build());
        Map<String, float[]> sourceEncoder = values(source.encoder());
        Map<String, float[]> headBefore = values(target.head());
        assertThat(values(target.encoder()).get(sourceEncoder.keySet().iterator().next()))
                .isNotEqualTo(sourceEncoder.values().iterator().next());

        int copied = EncoderTransfer.copyEncoder(source, target);

        assertThat(copied).isEqualTo(sourceEncoder.size()).isGreaterThan(4);
        Map<String, float[]> targetEncoder = values(target.encoder());
        assertThat(targetEncoder.keySet()).containsExactlyElementsOf(sourceEncoder.keySet());
        sourceEncoder.forEach((name, v) -> assertThat(targetEncoder.get(name)).as(name).containsExactly(v));
        Map<String, float[]> headAfter = values(target.head());
        headBefore.forEach((name, v) -> assertThat(headAfter.get(name)).as(name).containsExactly(v));
    }

    @Test
    void copiedEncoderComputesTheSameFeatures() {
        EmotionNet source = net(tiny().optTemporal(Temporal.LSTM).build());
        EmotionNet target = net(tiny().optLabels(LabelSet.CK_PLUS).optTemporal(Temporal.NONE).build());
        EncoderTransfer.copyEncoder(source, target);
        ai.djl.ndarray.NDArray faces = manager.randomUniform(0, 1, new Shape(2, 1, 16, 16));
        ai.djl.training.ParameterStore store = new ai.djl.training.ParameterStore(manager, false);

        float[] expected = source.encoder().forward(store, new ai.djl.ndarray.NDList(faces), false).head().toFloatArray();
        float[] actual = target.encoder().forward(store, new ai.djl.ndarray.NDList(faces), false).head().toFloatArray();

        assertThat(actual).containsExactly(expected);
    }

    @Test
    void refusesADifferentArchitectureAndCopiesNothing() {
        EmotionNet source = net(tiny().build());
        EmotionNet target = net(tiny().optChannels(8, 32).build());
        Map<String, float[]> before = values(target);

        assertThatThrownBy(() -> EncoderTransfer.copyEncoder(source, target))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("architectures differ")
                .hasMessageContaining("in the source but");
        Map<String, float[]> after = values(target);
        before.forEach((name, v) -> assertThat(after.get(name)).as(name).containsExactly(v));
    }

    @Test
    void refusesABlockThatIsNotAnEmotionNet() {
        EmotionNet target = net(tiny().build());

        assertThatThrownBy(() -> EncoderTransfer.copyEncoder(target.encoder(), target))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an EmotionNet");
    }
}
