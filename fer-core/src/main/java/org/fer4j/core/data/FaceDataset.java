package org.fer4j.core.data;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.fer4j.core.Progress;
import org.fer4j.core.image.PictureDecoder;
import org.fer4j.core.preprocess.FacePreprocessor;

/**
 * A labelled collection of face clips in plain Java: read once by {@link #prepare()}, then its
 * samples, label set, class counts and load report; stills are clips with T = 1. Subclasses only
 * say how to read their layout in {@link #load}. Training on DJL views it through fer-models'
 * {@code org.fer4j.models.train.DjlFaceDataset}.
 */
public abstract class FaceDataset {

    private final LabelSet declaredLabelSet;
    private volatile LabelSet labelSet;
    private volatile List<LabeledClip> samples;
    private volatile LoadReport loadReport;

    /**
     * Creates the dataset.
     *
     * @param labelSet the classes labels are indexed in, or null when only reading the data tells
     *     them (such as an image folder whose classes follow its folder names); {@link #load} must
     *     then return them in {@link Loaded}
     */
    protected FaceDataset(LabelSet labelSet) {
        this.declaredLabelSet = labelSet;
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

    /** Reads the samples once; later calls return at once. */
    public final void prepare() throws IOException {
        prepare(null);
    }

    /**
     * Reads the samples once, telling {@code progress} how far reading has come; later calls return
     * at once.
     *
     * @param progress where to report reading progress, may be null
     * @throws IOException when the source cannot be read or is malformed in strict mode
     */
    public final synchronized void prepare(Progress progress) throws IOException {
        if (samples != null) {
            return;
        }
        Loaded loaded = load(progress);
        LabelSet classes = resolveLabelSet(loaded.labelSet());
        List<LabeledClip> kept = List.copyOf(loaded.samples());
        for (LabeledClip sample : kept) {
            if (!classes.contains(sample.label())) {
                throw new IllegalStateException(
                        getClass().getSimpleName() + " loaded " + sample.source() + " labelled "
                                + sample.label() + ", which is outside its label set [" + classes + "]");
            }
        }
        labelSet = classes;
        loadReport = loaded.report();
        samples = kept;
    }

    private LabelSet resolveLabelSet(LabelSet loaded) {
        if (loaded == null) {
            if (declaredLabelSet == null) {
                throw new IllegalStateException(
                        getClass().getSimpleName() + " declared no label set and load() returned none");
            }
            return declaredLabelSet;
        }
        if (declaredLabelSet != null && !declaredLabelSet.equals(loaded)) {
            throw new IllegalStateException(
                    getClass().getSimpleName() + " declared label set [" + declaredLabelSet
                            + "] but load() returned [" + loaded + "]");
        }
        return loaded;
    }

    /** The number of samples. */
    public int size() {
        return samples().size();
    }

    /** The sample at an index, as Java objects (no native memory). */
    public LabeledClip sample(int index) {
        return samples().get(index);
    }

    /** All samples in dataset order. */
    public List<LabeledClip> samples() {
        List<LabeledClip> loaded = samples;
        if (loaded == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is not prepared; call prepare() first");
        }
        return loaded;
    }

    /** The class index of a sample's label. */
    public int classIndex(int index) {
        return labelSet().indexOf(sample(index).label());
    }

    /**
     * The classes labels are indexed in. Datasets that read their classes from the data (an image
     * folder without an explicit label set) only know them after {@code prepare()}.
     */
    public LabelSet labelSet() {
        LabelSet classes = labelSet;
        if (classes == null) {
            throw new IllegalStateException(
                    getClass().getSimpleName() + " reads its label set from the data; call prepare() first");
        }
        return classes;
    }

    /** What {@code prepare} kept and skipped. */
    public LoadReport loadReport() {
        samples();
        return loadReport;
    }

    /** How many samples of each class, in class-index order. */
    public int[] classCounts() {
        LabelSet classes = labelSet();
        int[] counts = new int[classes.size()];
        for (LabeledClip sample : samples()) {
            counts[classes.indexOf(sample.label())]++;
        }
        return counts;
    }

    /**
     * The result of {@link #load}.
     *
     * @param samples the samples kept, every label inside the dataset's label set
     * @param report what was kept and skipped
     * @param labelSet the classes read from the data, or null to keep the one given at construction
     */
    protected record Loaded(List<LabeledClip> samples, LoadReport report, LabelSet labelSet) {

        /** Validates that samples and report are present. */
        public Loaded {
            Objects.requireNonNull(samples, "samples");
            Objects.requireNonNull(report, "report");
        }

        /** A result that keeps the label set given at construction. */
        public Loaded(List<LabeledClip> samples, LoadReport report) {
            this(samples, report, null);
        }
    }

    /**
     * Settings every face dataset shares: {@code set*} is required, {@code opt*} has a default.
     *
     * @param <T> the concrete builder
     */
    public abstract static class FaceBuilder<T extends FaceBuilder<T>> {

        /** The classes to index labels in, or null for the dataset's default. */
        protected LabelSet labelSet;

        /** Whether malformed entries are skipped and counted instead of failing the load. */
        protected boolean lenient;

        /** Creates the builder. */
        protected FaceBuilder() {}

        /**
         * Indexes labels in this label set; samples whose emotion it lacks are skipped and
         * counted in the {@link LoadReport}, never an error (default: the dataset's own set).
         */
        public T optLabelSet(LabelSet labelSet) {
            this.labelSet = Objects.requireNonNull(labelSet, "labelSet");
            return self();
        }

        /** Skips and counts malformed entries instead of failing on the first (default: strict). */
        public T optLenient(boolean lenient) {
            this.lenient = lenient;
            return self();
        }

        /** This builder, typed as the concrete one. */
        protected abstract T self();
    }

    /**
     * Settings of face datasets read from picture files: those of {@link FaceBuilder} plus the
     * {@link PictureDecoder} whose limits every file must pass (default {@link PictureDecoder#defaults()}).
     *
     * @param <T> the concrete builder
     */
    public abstract static class PictureBuilder<T extends PictureBuilder<T>> extends FaceBuilder<T> {

        /** The decoder picture files are read with. */
        protected PictureDecoder pictureDecoder = PictureDecoder.defaults();

        /** Creates the builder. */
        protected PictureBuilder() {}

        /** Reads picture files with this decoder and its limits (default {@link PictureDecoder#defaults()}). */
        public T optPictureDecoder(PictureDecoder pictureDecoder) {
            this.pictureDecoder = Objects.requireNonNull(pictureDecoder, "pictureDecoder");
            return self();
        }

        /** The reader turning this builder's picture files into faces. */
        FaceImageReader faceReader() {
            return new FaceImageReader(new FacePreprocessor(), pictureDecoder);
        }
    }
}
