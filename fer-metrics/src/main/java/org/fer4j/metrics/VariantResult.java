package org.fer4j.metrics;

import java.util.Objects;

/**
 * The headline numbers of one trained model variant. Any number may be {@link Double#NaN} when it
 * was not measured (e.g. no held-out test split); otherwise it must lie in {@code [0, 1]}.
 *
 * @param model the variant's name, e.g. {@code "cnn-lstm"}
 * @param trainAccuracy accuracy on the training split
 * @param validationAccuracy accuracy on the validation split (the one used for model selection)
 * @param testAccuracy accuracy on the held-out test split
 * @param macroF1 macro-averaged F1 on the split the caller reports (test when available)
 */
public record VariantResult(
        String model, double trainAccuracy, double validationAccuracy, double testAccuracy, double macroF1) {

    /** Validates the name and that every measured number is a fraction. */
    public VariantResult {
        Objects.requireNonNull(model, "model");
        if (model.isBlank()) {
            throw new IllegalArgumentException("A variant needs a non-blank model name");
        }
        requireFraction(model, "train accuracy", trainAccuracy);
        requireFraction(model, "validation accuracy", validationAccuracy);
        requireFraction(model, "test accuracy", testAccuracy);
        requireFraction(model, "macro F1", macroF1);
    }

    /**
     * Train minus validation accuracy: how much the variant over-fits. NaN when either is
     * missing.
     */
    public double generalizationGap() {
        return trainAccuracy - validationAccuracy;
    }

    private static void requireFraction(String model, String name, double value) {
        if (!Double.isNaN(value) && (value < 0 || value > 1)) {
            throw new IllegalArgumentException(
                    "The " + name + " of variant '" + model + "' is " + value + "; expected a value in [0, 1] or NaN");
        }
    }
}
