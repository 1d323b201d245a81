package org.fer4j.core;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A basic facial emotion, with the names various datasets use for it. */
public enum Emotion {
    ANGRY("angry", "anger"),
    DISGUST("disgust", "disgusted"),
    FEAR("fear", "fearful", "afraid"),
    HAPPY("happy", "happiness", "joy"),
    SAD("sad", "sadness"),
    SURPRISE("surprise", "surprised"),
    NEUTRAL("neutral"),
    CONTEMPT("contempt");

    private static final Map<String, Emotion> BY_NAME = buildNameIndex();

    private final String label;
    private final String[] aliases;

    Emotion(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** The lower-case name used in reports and file layouts, e.g. {@code "happy"}. */
    public String label() {
        return label;
    }

    /**
     * Finds the emotion named by a dataset label, ignoring case and accepting common aliases such
     * as {@code "anger"}, {@code "sadness"} or {@code "happiness"}.
     */
    public static Optional<Emotion> fromLabel(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** Like {@link #fromLabel(String)}, but throws naming the label and the accepted ones. */
    public static Emotion parse(String name) {
        return fromLabel(name)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Unknown emotion label '"
                                                + name
                                                + "'; expected one of "
                                                + BY_NAME.keySet()));
    }

    private static Map<String, Emotion> buildNameIndex() {
        Map<String, Emotion> index = new java.util.TreeMap<>();
        for (Emotion emotion : values()) {
            index.put(emotion.label, emotion);
            for (String alias : emotion.aliases) {
                index.put(alias, emotion);
            }
        }
        return Map.copyOf(index);
    }

    @Override
    public String toString() {
        return label;
    }
}
