package org.fer4j.models.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Record;
import ai.djl.util.Progress;
import java.io.IOException;
import java.util.Objects;
import org.fer4j.core.Clip;
import org.fer4j.core.LabeledClip;
import org.fer4j.core.data.FaceDataset;

/**
 * A fer-core {@link FaceDataset} seen as a DJL {@link RandomAccessDataset}, for DJL's own training
 * loops ({@code EasyTrain.fit}) over fer4j's data. Each record's data is one (T, 1, H, W) float
 * array in [0, 1] and its label the class index in the dataset's label set. {@link FerTrainer}
 * does not need it: it reads the face dataset's samples directly.
 */
public final class DjlFaceDataset extends RandomAccessDataset {

    private final FaceDataset faces;

    private DjlFaceDataset(Builder builder) {
        super(builder);
        this.faces = builder.faces;
    }

    /** Starts a builder; {@link Builder#setFaces} is required, sampling defaults to sequential batches of 32. */
    public static Builder builder() {
        return new Builder();
    }

    /** The face dataset this view reads. */
    public FaceDataset faces() {
        return faces;
    }

    /** Reads the face dataset (once); DJL's progress is not driven. */
    @Override
    public void prepare(Progress progress) throws IOException {
        faces.prepare();
    }

    /** The sample at {@code index} as a (T, 1, H, W) array and its class index. */
    @Override
    public Record get(NDManager manager, long index) {
        int i = Math.toIntExact(index);
        LabeledClip sample = faces.sample(i);
        Clip clip = sample.clip();
        NDList data = new NDList(manager.create(
                clip.toTensorData(), new Shape(clip.length(), 1, clip.height(), clip.width())));
        NDList label = new NDList(manager.create((float) faces.classIndex(i)));
        return new Record(data, label);
    }

    @Override
    protected long availableSize() {
        return faces.size();
    }

    /** Builds a {@link DjlFaceDataset}: the face dataset plus DJL's sampling and pipeline settings. */
    public static final class Builder extends BaseBuilder<Builder> {

        private FaceDataset faces;

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /** The face dataset to view (required); prepared by {@code prepare()} when it is not yet. */
        public Builder setFaces(FaceDataset faces) {
            this.faces = Objects.requireNonNull(faces, "faces");
            return this;
        }

        /** Validates the settings and creates the view. */
        public DjlFaceDataset build() {
            if (faces == null) {
                throw new IllegalStateException("setFaces is required");
            }
            if (sampler == null) {
                setSampling(32, false);
            }
            return new DjlFaceDataset(this);
        }
    }
}
