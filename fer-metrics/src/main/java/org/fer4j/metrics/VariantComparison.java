package org.fer4j.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An immutable side-by-side table of model variants' train, validation and test results. */
public final class VariantComparison {

    private final List<VariantResult> variants;

    private VariantComparison(List<VariantResult> variants) {
        this.variants = Collections.unmodifiableList(new ArrayList<>(variants));
    }

    /** Starts an empty comparison. */
    public static Builder builder() {
        return new Builder();
    }

    /** The variants in the order they were added. */
    public List<VariantResult> variants() {
        return variants;
    }

    /** The variant with the highest validation accuracy (what model selection may look at). */
    public Optional<VariantResult> bestByValidation() {
        return variants.stream()
                .filter(v -> !Double.isNaN(v.validationAccuracy()))
                .max(Comparator.comparingDouble(VariantResult::validationAccuracy));
    }

    /** Whether any variant has a test accuracy. */
    public boolean hasTestAccuracy() {
        return variants.stream().anyMatch(v -> !Double.isNaN(v.testAccuracy()));
    }

    /** Collects variants; model names must be unique. */
    public static final class Builder {

        private final List<VariantResult> variants = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        private Builder() {}

        /** Adds a variant's results. */
        public Builder addVariant(VariantResult result) {
            if (!names.add(result.model())) {
                throw new IllegalArgumentException("Variant '" + result.model() + "' was added twice");
            }
            variants.add(result);
            return this;
        }

        /** Adds a variant's results from accuracies and the macro F1 (NaN for not measured). */
        public Builder addVariant(
                String model, double trainAccuracy, double validationAccuracy, double testAccuracy, double macroF1) {
            return addVariant(new VariantResult(model, trainAccuracy, validationAccuracy, testAccuracy, macroF1));
        }

        /**
         * Adds a variant from full metrics: accuracies of each split and the macro F1 of the test
         * split, or of the validation split when {@code test} is null.
         */
        public Builder addVariant(
                String model, ClassificationMetrics train, ClassificationMetrics validation, ClassificationMetrics test) {
            ClassificationMetrics reported = test != null ? test : validation;
            return addVariant(
                    model,
                    train == null ? Double.NaN : train.accuracy(),
                    validation == null ? Double.NaN : validation.accuracy(),
                    test == null ? Double.NaN : test.accuracy(),
                    reported == null ? Double.NaN : reported.macroF1());
        }

        /** Builds the comparison; it needs at least one variant. */
        public VariantComparison build() {
            if (variants.isEmpty()) {
                throw new IllegalStateException("A variant comparison needs at least one variant");
            }
            return new VariantComparison(variants);
        }
    }
}
