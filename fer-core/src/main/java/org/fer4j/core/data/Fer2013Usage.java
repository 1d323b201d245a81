package org.fer4j.core.data;

import java.util.Arrays;
import java.util.Optional;

/** The three splits of FER2013, as named in the CSV's {@code Usage} column. */
public enum Fer2013Usage {
    /** The 28,709 training faces. */
    TRAINING("Training"),
    /** The 3,589 faces of the public test split; use it for validation and model selection. */
    PUBLIC_TEST("PublicTest"),
    /** The 3,589 held-out faces of the private test split; report final accuracy here. */
    PRIVATE_TEST("PrivateTest");

    private final String csvName;

    Fer2013Usage(String csvName) {
        this.csvName = csvName;
    }

    /** The value as it appears in the CSV, e.g. {@code "PublicTest"}. */
    public String csvName() {
        return csvName;
    }

    /** Finds the usage for a CSV value, ignoring case. */
    public static Optional<Fer2013Usage> fromCsvName(String value) {
        return Arrays.stream(values()).filter(u -> u.csvName.equalsIgnoreCase(value.trim())).findFirst();
    }

    /** Like {@link #fromCsvName} but also accepts enum names; throws listing valid values. */
    public static Fer2013Usage parse(String value) {
        return fromCsvName(value)
                .or(() -> Arrays.stream(values()).filter(u -> u.name().equalsIgnoreCase(value.trim())).findFirst())
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Unknown FER2013 usage '" + value + "'; expected Training, PublicTest or PrivateTest"));
    }
}
