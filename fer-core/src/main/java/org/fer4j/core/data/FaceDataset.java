package org.fer4j.core.data;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Record;
import ai.djl.util.Progress;
import java.io.IOException;
import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;

/**
 * A DJL dataset of labelled face clips. Each record's data is one (T, 1, H, W) float array in
 * [0, 1] and its label the class index in {@link #labelSet()}; stills are clips with T = 1.
 * Subclasses only say how to read their layout in {@link #load}.
 */
public abstract class FaceDataset extends RandomAccessDataset {

    private final LabelSet labelSet;
    private List<LabeledClip> samples;
    private LoadReport loadReport;

    /**
     * Creates the dataset.
     *
     * @param builder DJL sampling and pipeline settings
     * @param labelSet the classes labels are indexed in
     */
    protected FaceDataset(BaseBuilder<?> builder, LabelSet labelSet) {
        super(builder);
        this.labelSet = labelSet;
    }

    /**
     * Reads every sample of this dataset. Called once by {@link #prepare(Progress)}.
     *
     * @param progress where to report reading progress, may be null
     * @return the samples and the report of what was kept and skipped
     * @throws IOException when the source cannot be read or is malformed in strict mode
     */
    protected abstract Loaded load(Progress progress) throws IOException;

    /** {@inheritDoc} */
    @Override
    public final synchronized void prepare(Progress progress) throws IOException {
        if (samples != null) {
            return;
        }
        Loaded loaded = load(progress);
        samples = List.copyOf(loaded.samples());
        loadReport = loaded.report();
    }

    /** {@inheritDoc} */
    @Override
    public Record get(NDManager manager, long index) {
        LabeledClip sample = sample(Math.toIntExact(index));
        Clip clip = sample.clip();
        NDList data =
                new NDList(
                        manager.create(
                                clip.toTensorData(),
                                new Shape(clip.length(), 1, clip.height(), clip.width())));
        NDList label = new NDList(manager.create((float) labelSet.indexOf(sample.label())));
        return new Record(data, label);
    }

    /** {@inheritDoc} */
    @Override
    protected long availableSize() {
        return samples().size();
    }

    /** The sample at an index, as Java objects (no native memory). */
    public LabeledClip sample(int index) {
        return samples().get(index);
    }

    /** All samples in dataset order. */
    public List<LabeledClip> samples() {
        if (samples == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is not prepared; call prepare() first");
        }
        return samples;
    }

    /** The class index of a sample's label. */
    public int classIndex(int index) {
        return labelSet.indexOf(sample(index).label());
    }

    /** The classes labels are indexed in. */
    public LabelSet labelSet() {
        return labelSet;
    }

    /** What {@code prepare} kept and skipped. */
    public LoadReport loadReport() {
        samples();
        return loadReport;
    }

    /** How many samples of each class, in class-index order. */
    public int[] classCounts() {
        int[] counts = new int[labelSet.size()];
        for (LabeledClip sample : samples()) {
            counts[labelSet.indexOf(sample.label())]++;
        }
        return counts;
    }

    /**
     * The result of {@link #load}.
     *
     * @param samples the samples kept, every label inside the dataset's label set
     * @param report what was kept and skipped
     */
    protected record Loaded(List<LabeledClip> samples, LoadReport report) {}
}
