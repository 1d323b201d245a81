package org.fer4j.metrics.report;

import java.util.Objects;
import org.fer4j.metrics.VariantComparison;
import org.fer4j.metrics.VariantResult;

/**
 * Grouped bars comparing model variants: train, validation and test accuracy and macro F1 per
 * model. A measure no variant has (e.g. test accuracy before the final run) is left out; a single
 * missing value is drawn as an empty slot.
 */
public final class VariantComparisonChart extends GroupedBarChart {

    private final VariantComparison comparison;

    private VariantComparisonChart(Builder builder) {
        super(builder, "Model", "Accuracy / F1");
        this.comparison = builder.comparison;
    }

    /** Starts a builder; {@link Builder#setComparison} is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    Bars bars() {
        Bars bars = new Bars("train accuracy", "validation accuracy", "test accuracy", "macro F1");
        for (VariantResult v : comparison.variants()) {
            bars.addGroup(v.model(), v.trainAccuracy(), v.validationAccuracy(), v.testAccuracy(), v.macroF1());
        }
        return bars;
    }

    /** Configures a {@link VariantComparisonChart}. */
    public static final class Builder extends ChartBuilder<Builder> {

        private VariantComparison comparison;

        private Builder() {
            super("Model variants", 1000, 600);
        }

        /** Sets the comparison to draw (required). */
        public Builder setComparison(VariantComparison comparison) {
            this.comparison = Objects.requireNonNull(comparison, "comparison");
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Builds the chart; the comparison must have been set. */
        public VariantComparisonChart build() {
            if (comparison == null) {
                throw new IllegalStateException("VariantComparisonChart needs setComparison(...)");
            }
            return new VariantComparisonChart(this);
        }
    }
}
