package org.fer4j.models;

import java.util.Arrays;
import org.fer4j.core.LabelSet;

/**
 * The immutable architecture of a built-in emotion network: the per-frame CNN (channel widths per
 * stage, convolutions per stage, dense feature size, dropout), how its last feature map is read
 * (pooled by global average or spatial attention into one vector, or, as a region sequence, row by
 * row into one vector per row), the temporal head (LSTM, GRU or none) and the classes it predicts.
 */
public final class ModelSpec {

    private final LabelSet labels;
    private final int inputSide;
    private final int[] channels;
    private final int convsPerStage;
    private final int featureSize;
    private final int hiddenSize;
    private final float dropout;
    private final boolean attention;
    private final Temporal temporal;
    private final boolean regionSequence;

    private ModelSpec(Builder b) {
        this.labels = b.labels;
        this.inputSide = b.inputSide;
        this.channels = b.channels.clone();
        this.convsPerStage = b.convsPerStage;
        this.featureSize = b.featureSize;
        this.hiddenSize = b.hiddenSize;
        this.dropout = b.dropout;
        this.attention = b.attention;
        this.temporal = b.temporal;
        this.regionSequence = b.regionSequence;
    }

    /** A builder with the defaults of the shipped model. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this spec. */
    public Builder toBuilder() {
        return new Builder()
                .optLabels(labels)
                .optInputSide(inputSide)
                .optChannels(channels)
                .optConvsPerStage(convsPerStage)
                .optFeatureSize(featureSize)
                .optHiddenSize(hiddenSize)
                .optDropout(dropout)
                .optAttention(attention)
                .optTemporal(temporal)
                .optRegionSequence(regionSequence);
    }

    /** The classes predicted, in output order. */
    public LabelSet labels() {
        return labels;
    }

    /** Side of the square grayscale input face in pixels. */
    public int inputSide() {
        return inputSide;
    }

    /** Output channels of each CNN stage; each stage but the last ends in 2x2 max pooling. */
    public int[] channels() {
        return channels.clone();
    }

    /** Convolutions (3x3, batch-norm, ReLU) in each stage. */
    public int convsPerStage() {
        return convsPerStage;
    }

    /** Size of the dense per-frame feature vector fed to the temporal head. */
    public int featureSize() {
        return featureSize;
    }

    /** Hidden size of the LSTM or GRU (unused without recurrence). */
    public int hiddenSize() {
        return hiddenSize;
    }

    /** Dropout rate after the dense feature layer (and, halved, after each pooled stage). */
    public float dropout() {
        return dropout;
    }

    /** Whether features are pooled by learned spatial attention rather than a plain average. */
    public boolean attention() {
        return attention;
    }

    /** The temporal head. */
    public Temporal temporal() {
        return temporal;
    }

    /**
     * Whether each frame's last feature map (C, h, w) is read top to bottom as a sequence of h row
     * regions, each row's C*w values mapped by the dense layer to its own feature vector, so the
     * temporal head makes h steps per frame (frame after frame, rows within a frame) instead of one.
     */
    public boolean regionSequence() {
        return regionSequence;
    }

    /** Steps the temporal head makes per frame: the feature map's rows in region-sequence mode, else 1. */
    public int stepsPerFrame() {
        return regionSequence ? featureMapSide() : 1;
    }

    /** Side of the last feature map (the attention map's side). */
    public int featureMapSide() {
        return inputSide >> (channels.length - 1);
    }

    /**
     * Multiply-accumulate operations of one frame's forward pass: CNN, pooling or row regions, dense
     * layer, the recurrent steps of that frame ({@link #stepsPerFrame()}) and the classifier.
     */
    public long macsPerFrame() {
        long macs = 0;
        int side = inputSide;
        int in = 1;
        for (int s = 0; s < channels.length; s++) {
            for (int c = 0; c < convsPerStage; c++) {
                macs += (long) side * side * in * channels[s] * 9;
                in = channels[s];
            }
            if (s < channels.length - 1) {
                side /= 2;
            }
        }
        if (attention) {
            macs += (long) side * side * in;
        }
        int steps = stepsPerFrame();
        long denseInputs = regionSequence ? (long) in * side : in;
        macs += steps * denseInputs * featureSize;
        if (temporal != Temporal.NONE) {
            int gates = temporal == Temporal.LSTM ? 4 : 3;
            macs += (long) steps * gates * hiddenSize * (featureSize + hiddenSize);
        }
        return macs + (long) (temporal == Temporal.NONE ? featureSize : hiddenSize) * labels.size();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ModelSpec)) {
            return false;
        }
        ModelSpec s = (ModelSpec) o;
        return labels.equals(s.labels)
                && inputSide == s.inputSide
                && Arrays.equals(channels, s.channels)
                && convsPerStage == s.convsPerStage
                && featureSize == s.featureSize
                && hiddenSize == s.hiddenSize
                && Float.compare(dropout, s.dropout) == 0
                && attention == s.attention
                && temporal == s.temporal
                && regionSequence == s.regionSequence;
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /**
     * The spec as text. It is the fingerprint checkpoints are matched by, so the text of every spec
     * without region sequence stays exactly what it was before that option existed.
     */
    @Override
    public String toString() {
        return "ModelSpec{labels=" + labels + ", inputSide=" + inputSide + ", channels=" + Arrays.toString(channels)
                + ", convsPerStage=" + convsPerStage + ", featureSize=" + featureSize + ", hiddenSize=" + hiddenSize
                + ", dropout=" + dropout + ", attention=" + attention + ", temporal=" + temporal
                + (regionSequence ? ", regionSequence=true" : "") + "}";
    }

    /** Builds a {@link ModelSpec}; every setting has a default, {@code build()} validates. */
    public static final class Builder {
        private LabelSet labels = LabelSet.FER2013;
        private int inputSide = 48;
        private int[] channels = {32, 64, 128, 256};
        private int convsPerStage = 2;
        private int featureSize = 256;
        private int hiddenSize = 128;
        private float dropout = 0.4f;
        private boolean attention;
        private Temporal temporal = Temporal.LSTM;
        private boolean regionSequence;

        private Builder() {}

        /** The classes to predict (default FER2013's seven). */
        public Builder optLabels(LabelSet labels) {
            this.labels = labels;
            return this;
        }

        /** Input side in pixels (default 48). */
        public Builder optInputSide(int inputSide) {
            this.inputSide = inputSide;
            return this;
        }

        /** Channels per CNN stage (default 32, 64, 128, 256). */
        public Builder optChannels(int... channels) {
            this.channels = channels.clone();
            return this;
        }

        /** Convolutions per stage (default 2). */
        public Builder optConvsPerStage(int convsPerStage) {
            this.convsPerStage = convsPerStage;
            return this;
        }

        /** Dense per-frame feature size (default 256). */
        public Builder optFeatureSize(int featureSize) {
            this.featureSize = featureSize;
            return this;
        }

        /** LSTM/GRU hidden size (default 128). */
        public Builder optHiddenSize(int hiddenSize) {
            this.hiddenSize = hiddenSize;
            return this;
        }

        /** Dropout rate in [0, 1) (default 0.4). */
        public Builder optDropout(float dropout) {
            this.dropout = dropout;
            return this;
        }

        /** Spatial attention pooling instead of global average pooling (default off). */
        public Builder optAttention(boolean attention) {
            this.attention = attention;
            return this;
        }

        /** The temporal head (default LSTM). */
        public Builder optTemporal(Temporal temporal) {
            this.temporal = temporal;
            return this;
        }

        /**
         * Reads each frame's last feature map as a sequence of row regions for the temporal head
         * instead of pooling it (default off); needs LSTM or GRU and no attention.
         */
        public Builder optRegionSequence(boolean regionSequence) {
            this.regionSequence = regionSequence;
            return this;
        }

        /** Validates and builds. */
        public ModelSpec build() {
            if (labels == null || temporal == null) {
                throw new IllegalArgumentException("labels and temporal must not be null");
            }
            if (channels.length == 0 || Arrays.stream(channels).anyMatch(c -> c <= 0)) {
                throw new IllegalArgumentException("channels must be positive, got " + Arrays.toString(channels));
            }
            if (inputSide <= 0 || inputSide % (1 << (channels.length - 1)) != 0) {
                throw new IllegalArgumentException(
                        "inputSide " + inputSide + " must be divisible by 2^" + (channels.length - 1));
            }
            if (convsPerStage < 1 || featureSize < 1 || hiddenSize < 1) {
                throw new IllegalArgumentException("convsPerStage, featureSize and hiddenSize must be >= 1");
            }
            if (!(dropout >= 0 && dropout < 1)) {
                throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
            }
            if (regionSequence && temporal == Temporal.NONE) {
                throw new IllegalArgumentException("regionSequence needs a recurrent temporal head (LSTM or GRU) to "
                        + "read the row regions in order; Temporal.NONE would only average them");
            }
            if (regionSequence && attention) {
                throw new IllegalArgumentException("regionSequence reads every row region of the feature map instead "
                        + "of pooling it, so it cannot be combined with attention pooling");
            }
            return new ModelSpec(this);
        }
    }
}
