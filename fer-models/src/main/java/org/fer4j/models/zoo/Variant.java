package org.fer4j.models.zoo;

import org.fer4j.models.ModelSpec;
import org.fer4j.models.Temporal;

/** The three model-zoo variants of the seed paper, each an architecture plus a training recipe. */
public enum Variant {
    /** Per-frame CNN feeding an LSTM, trained on the raw faces. */
    CNN_RNN("cnn-rnn", Temporal.LSTM, false, false),
    /** Per-frame CNN with spatial-attention pooling (map readable per prediction), trained with augmentation. */
    CNN_ATTENTION("cnn-attention", Temporal.NONE, true, true),
    /** Per-frame CNN feeding an LSTM, trained with fer-augment's standard augmentation; the shipped default. */
    CNN_RNN_AUGMENTED("cnn-rnn-augmented", Temporal.LSTM, false, true);

    private final String id;
    private final Temporal temporal;
    private final boolean attention;
    private final boolean augmented;

    Variant(String id, Temporal temporal, boolean attention, boolean augmented) {
        this.id = id;
        this.temporal = temporal;
        this.attention = attention;
        this.augmented = augmented;
    }

    /** The short name used on the command line, in file names and reports. */
    public String id() {
        return id;
    }

    /** Whether the recipe trains with augmentation. */
    public boolean augmented() {
        return augmented;
    }

    /**
     * The classpath folder holding this variant's trained model inside the fer-models jar; the
     * shipped default model is the augmented CNN-RNN.
     */
    public String resourceFolder() {
        return this == CNN_RNN_AUGMENTED ? "/org/fer4j/models/default/" : "/org/fer4j/models/zoo/" + id + "/";
    }

    /** The architecture of this variant. */
    public ModelSpec spec() {
        return ModelSpec.builder().optTemporal(temporal).optAttention(attention).build();
    }

    /** Finds a variant by its id or enum name, ignoring case. */
    public static Variant parse(String name) {
        for (Variant v : values()) {
            if (v.id.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException(
                "Unknown variant '" + name + "'; expected cnn-rnn, cnn-attention or cnn-rnn-augmented");
    }
}
