package org.fer4j.models.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.LambdaBlock;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.SyntheticFaces;
import org.fer4j.models.Temporal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shapes and step order of the network when the encoder reads each frame as a sequence of row regions. */
class EmotionNetTest {

    private static final int SIDE = SyntheticFaces.SIDE;
    /** Rows of the tiny spec's last feature map: 16 pixels halved once. */
    private static final int ROWS = SIDE / 2;

    private NDManager manager;
    private ParameterStore store;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager("PyTorch");
        store = new ParameterStore(manager, false);
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private static ModelSpec rows(Temporal temporal) {
        return SyntheticFaces.tinySpec(temporal, false).toBuilder().optRegionSequence(true).build();
    }

    private EmotionNet initialised(ModelSpec spec, long clips, long frames) {
        EmotionNet net = EmotionNet.of(spec);
        net.initialize(manager, DataType.FLOAT32, new Shape(clips, frames, 1, SIDE, SIDE));
        return net;
    }

    private static Shape[] shapes(NDList list) {
        return list.stream().map(NDArray::getShape).toArray(Shape[]::new);
    }

    @Test
    void aRegionEncoderOutputsOneFeatureVectorPerRowOfTheLastFeatureMap() {
        ModelSpec spec = rows(Temporal.LSTM);
        EmotionNet net = initialised(spec, 3, 1);
        NDArray faces = manager.randomUniform(0, 1, new Shape(3, 1, SIDE, SIDE));

        NDList features = net.encoder().forward(store, new NDList(faces), false);

        assertThat(((FrameEncoder) net.encoder()).regionSequence()).isTrue();
        assertThat(shapes(features)).containsExactly(new Shape(3, ROWS, spec.featureSize()));
        assertThat(net.encoder().getOutputShapes(new Shape[] {faces.getShape()})).containsExactly(shapes(features));
        assertThat(spec.stepsPerFrame()).isEqualTo(ROWS);
    }

    @Test
    void aRegionNetGivesLogitsAndStateOfTheDeclaredShapes() {
        for (Temporal temporal : new Temporal[] {Temporal.LSTM, Temporal.GRU}) {
            ModelSpec spec = rows(temporal);
            EmotionNet net = initialised(spec, 2, 3);
            Shape clips = new Shape(2, 3, 1, SIDE, SIDE);

            NDList out = net.forward(store, new NDList(manager.randomUniform(0, 1, clips)), false);

            Shape state = new Shape(1, 2, spec.hiddenSize());
            Shape[] expected = temporal == Temporal.LSTM
                    ? new Shape[] {new Shape(2, 7), state, state}
                    : new Shape[] {new Shape(2, 7), state};
            assertThat(shapes(out)).as("%s", temporal).containsExactly(expected);
            assertThat(net.getOutputShapes(new Shape[] {clips})).as("%s", temporal).containsExactly(expected);
        }
    }

    @Test
    void theHeadReadsFrameAfterFrameWithTheRowsOfEachFrameTogether() {
        EmotionNet net = initialised(rows(Temporal.LSTM), 1, 2);
        NDArray clip = manager.randomUniform(0, 1, new Shape(1, 2, 1, SIDE, SIDE));
        NDArray first = net.encoder().forward(store, new NDList(clip.get(new NDIndex("0, 0:1"))), false).head();
        NDArray second = net.encoder().forward(store, new NDList(clip.get(new NDIndex("0, 1:2"))), false).head();

        NDArray inOrder = NDArrays.concat(new NDList(first, second), 1);
        float[] expected = net.head().forward(store, new NDList(inOrder), false).head().toFloatArray();
        NDArray swapped = NDArrays.concat(new NDList(second, first), 1);
        float[] framesSwapped = net.head().forward(store, new NDList(swapped), false).head().toFloatArray();
        float[] actual = net.forward(store, new NDList(clip), false).head().toFloatArray();

        assertThat(inOrder.getShape()).isEqualTo(new Shape(1, 2 * ROWS, 16));
        assertThat(actual).containsExactly(expected, within(1e-5f));
        assertThat(Arrays.equals(framesSwapped, expected)).as("the order of the steps matters").isFalse();
    }

    @Test
    void anEncoderOutputThatIsNeitherFeaturesNorRegionsIsRejected() {
        EmotionNet net = new EmotionNet(new LambdaBlock(frames -> frames), new RecurrentHead(Temporal.LSTM, 4, 7));

        assertThatThrownBy(() -> net.initialize(manager, DataType.FLOAT32, new Shape(1, 2, 1, SIDE, SIDE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(B, D) or region features (B, R, D)");
    }
}
