package org.fer4j.metrics.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.fer4j.metrics.VariantComparison;
import org.fer4j.metrics.VariantResult;
import org.knowm.xchart.CategoryChart;

/**
 * Grouped bars comparing model variants: train, validation and test accuracy and macro F1 per
 * model. A measure no variant has (e.g. test accuracy before the final run) is left out; a single
 * missing value is drawn as an empty slot.
 */
public final class VariantComparisonChart implements PngChart {

    private final VariantComparison comparison;
    private final String title;
    private final int width;
    private final int height;

    private VariantComparisonChart(Builder builder) {
        this.comparison = builder.comparison;
        this.title = builder.title();
        this.width = builder.width();
        this.height = builder.height();
    }

    /** Starts a builder; {@link Builder#setComparison} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The XChart bar chart, for callers who want to restyle it. */
    public CategoryChart toXChart() {
        CategoryChart chart = ChartStyle.fractionBars(width, height, title, "Model", "Accuracy / F1", true);
        List<String> models = new ArrayList<>();
        for (VariantResult v : comparison.variants()) {
            models.add(v.model());
        }
        addMeasure(chart, models, "train accuracy", VariantResult::trainAccuracy);
        addMeasure(chart, models, "validation accuracy", VariantResult::validationAccuracy);
        addMeasure(chart, models, "test accuracy", VariantResult::testAccuracy);
        addMeasure(chart, models, "macro F1", VariantResult::macroF1);
        return chart;
    }

    private void addMeasure(
            CategoryChart chart, List<String> models, String name, ToDoubleFunction<VariantResult> measure) {
        List<Double> values = new ArrayList<>();
        boolean any = false;
        for (VariantResult v : comparison.variants()) {
            double value = measure.applyAsDouble(v);
            any |= !Double.isNaN(value);
            values.add(Double.isNaN(value) ? null : value);
        }
        if (any) {
            chart.addSeries(name, models, values);
        }
    }

    @Override
    public BufferedImage render() {
        return ChartStyle.render(toXChart());
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
