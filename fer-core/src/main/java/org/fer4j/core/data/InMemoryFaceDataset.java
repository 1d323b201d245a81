package org.fer4j.core.data;

import org.fer4j.core.Progress;
import java.util.List;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;

/**
 * A dataset over samples already in memory: a fold of another dataset, generated test data, or
 * faces an application collected itself.
 */
public final class InMemoryFaceDataset extends FaceDataset {

    private final List<LabeledClip> given;

    private InMemoryFaceDataset(Builder builder) {
        super(builder.labelSet);
        this.given = builder.samples;
    }

    /** Starts a builder; samples and label set are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The samples of {@code source} at the given indices, in that order, with its label set. */
    public static InMemoryFaceDataset subset(FaceDataset source, int[] indices) {
        List<LabeledClip> all = source.samples();
        List<LabeledClip> picked = java.util.Arrays.stream(indices).mapToObj(all::get).toList();
        InMemoryFaceDataset subset = builder().setSamples(picked).optLabelSet(source.labelSet()).build();
        subset.prepareQuietly();
        return subset;
    }

    private void prepareQuietly() {
        try {
            prepare(null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected Loaded load(Progress progress) {
        return new Loaded(given, new LoadReport(given.size(), 0, List.of()));
    }

    /** Builds an {@link InMemoryFaceDataset}. */
    public static final class Builder extends FaceBuilder<Builder> {
        private List<LabeledClip> samples;

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /** The samples (required); every label must be in the label set. */
        public Builder setSamples(List<LabeledClip> samples) {
            this.samples = List.copyOf(samples);
            return this;
        }

        /** Validates and builds; {@code prepare()} checks the labels. */
        public InMemoryFaceDataset build() {
            if (samples == null || labelSet == null) {
                throw new IllegalStateException("setSamples and optLabelSet are required");
            }
            return new InMemoryFaceDataset(this);
        }
    }
}
