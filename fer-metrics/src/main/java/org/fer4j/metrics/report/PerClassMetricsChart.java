package org.fer4j.metrics.report;

import java.util.Objects;
import org.fer4j.metrics.AveragedMetrics;
import org.fer4j.metrics.ClassMetrics;
import org.fer4j.metrics.ClassificationMetrics;

/** Grouped bars of precision, recall and F1 for every class, with the macro average as a last group. */
public final class PerClassMetricsChart extends GroupedBarChart {

    private final ClassificationMetrics metrics;

    private PerClassMetricsChart(Builder builder) {
        super(builder, "Class (support)", "Score");
        this.metrics = builder.metrics;
    }

    /** Starts a builder; {@link Builder#setMetrics} is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    Bars bars() {
        Bars bars = new Bars("precision", "recall", "F1").tiltLabelsAbove(6);
        for (ClassMetrics c : metrics.perClass()) {
            bars.addGroup(c.emotion().label() + " (" + c.support() + ")", c.precision(), c.recall(), c.f1());
        }
        AveragedMetrics macro = metrics.macroAverage();
        return bars.addGroup("macro avg", macro.precision(), macro.recall(), macro.f1());
    }

    /** Configures a {@link PerClassMetricsChart}. */
    public static final class Builder extends ChartBuilder<Builder> {

        private ClassificationMetrics metrics;

        private Builder() {
            super("Precision, recall and F1 per class", 1100, 600);
        }

        /** Sets the metrics to draw (required). */
        public Builder setMetrics(ClassificationMetrics metrics) {
            this.metrics = Objects.requireNonNull(metrics, "metrics");
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Builds the chart; the metrics must have been set. */
        public PerClassMetricsChart build() {
            if (metrics == null) {
                throw new IllegalStateException("PerClassMetricsChart needs setMetrics(...)");
            }
            return new PerClassMetricsChart(this);
        }
    }
}
