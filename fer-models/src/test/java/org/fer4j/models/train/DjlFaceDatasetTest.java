package org.fer4j.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Record;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.LabelSet;
import org.fer4j.core.data.InMemoryFaceDataset;
import org.fer4j.models.SyntheticFaces;
import org.junit.jupiter.api.Test;

class DjlFaceDatasetTest {

    @Test
    void aRecordIsTheClipAsTx1xHxWAndItsClassIndex() throws Exception {
        InMemoryFaceDataset faces = InMemoryFaceDataset.builder()
                .setSamples(SyntheticFaces.clips(3, 2, 7)).optLabelSet(LabelSet.FER2013).build();
        DjlFaceDataset view = DjlFaceDataset.builder().setFaces(faces).build();
        view.prepare();

        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Record record = view.get(manager, 2);
            NDArray data = record.getData().singletonOrThrow();

            assertThat(view.size()).isEqualTo(3);
            assertThat(data.getShape()).isEqualTo(new Shape(2, 1, SyntheticFaces.SIDE, SyntheticFaces.SIDE));
            assertThat(data.toFloatArray()).containsExactly(faces.sample(2).clip().toTensorData());
            assertThat(record.getLabels().singletonOrThrow().getFloat()).isEqualTo(faces.classIndex(2));
        }
    }

    @Test
    void batchesCoverEverySampleOnceWithTheChosenSampling() throws Exception {
        InMemoryFaceDataset faces = SyntheticFaces.dataset(10, 1, 3);
        DjlFaceDataset view = DjlFaceDataset.builder().setFaces(faces).setSampling(4, false).build();

        List<Float> labels = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            for (Batch batch : view.getData(manager)) {
                shapes.add(batch.getData().singletonOrThrow().getShape());
                for (float label : batch.getLabels().singletonOrThrow().toFloatArray()) {
                    labels.add(label);
                }
                batch.close();
            }
        }

        assertThat(shapes).extracting(s -> s.get(0)).containsExactly(4L, 4L, 2L);
        assertThat(shapes.get(0)).isEqualTo(new Shape(4, 1, 1, SyntheticFaces.SIDE, SyntheticFaces.SIDE));
        List<Float> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            expected.add((float) faces.classIndex(i));
        }
        assertThat(labels).containsExactlyElementsOf(expected);
    }

    @Test
    void builderRequiresTheFaces() {
        assertThatThrownBy(() -> DjlFaceDataset.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("setFaces");
    }
}
