package org.fer4j.models.zoo;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.Temporal;

/**
 * The model-zoo variants, each an architecture plus a training recipe: the three of the seed paper
 * and a fast model distilled from the default.
 */
public enum Variant {
    /** Per-frame CNN feeding an LSTM, trained on the raw faces. */
    CNN_RNN("cnn-rnn", Temporal.LSTM, false, false),
    /** Per-frame CNN with spatial-attention pooling (map readable per prediction), trained with augmentation. */
    CNN_ATTENTION("cnn-attention", Temporal.NONE, true, true),
    /** Per-frame CNN feeding an LSTM, trained with fer-augment's standard augmentation; the shipped default. */
    CNN_RNN_AUGMENTED("cnn-rnn-augmented", Temporal.LSTM, false, true),
    /**
     * The default's topology at a quarter of its channels (12, 24, 48, 96: about a seventh of its
     * FLOPs), trained with augmentation and distilled from the default; for many faces per second.
     */
    FAST("fast", Temporal.LSTM, false, true, 12, 24, 48, 96);

    private final String id;
    private final Temporal temporal;
    private final boolean attention;
    private final boolean augmented;
    private final int[] channels;

    Variant(String id, Temporal temporal, boolean attention, boolean augmented, int... channels) {
        this.id = id;
        this.temporal = temporal;
        this.attention = attention;
        this.augmented = augmented;
        this.channels = channels;
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
        ModelSpec.Builder spec = ModelSpec.builder().optTemporal(temporal).optAttention(attention);
        if (channels.length > 0) {
            spec.optChannels(channels);
        }
        return spec.build();
    }

    /** Finds a variant by its id or enum name, ignoring case; empty when none has that name. */
    public static Optional<Variant> find(String name) {
        return Arrays.stream(values())
                .filter(v -> v.id.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name))
                .findFirst();
    }

    /** Finds a variant by its id or enum name, ignoring case; an unknown name is refused, naming the known ones. */
    public static Variant parse(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("Unknown variant '" + name + "'; expected "
                + Arrays.stream(values()).map(Variant::id).collect(Collectors.joining(", "))));
    }
}
