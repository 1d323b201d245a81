package org.fer4j.metrics.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fer4j.metrics.ClassMetrics;
import org.fer4j.metrics.ClassificationMetrics;
import org.knowm.xchart.CategoryChart;

/** Grouped bars of precision, recall and F1 for every class, with the macro average as a last group. */
public final class PerClassMetricsChart implements PngChart {

    private final ClassificationMetrics metrics;
    private final String title;
    private final int width;
    private final int height;

    private PerClassMetricsChart(Builder builder) {
        this.metrics = builder.metrics;
        this.title = builder.title();
        this.width = builder.width();
        this.height = builder.height();
    }

    /** Starts a builder; {@link Builder#setMetrics} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The XChart bar chart, for callers who want to restyle it. */
    public CategoryChart toXChart() {
        CategoryChart chart = ChartStyle.fractionBars(width, height, title, "Class (support)", "Score", true);
        List<String> classes = new ArrayList<>();
        List<Double> precision = new ArrayList<>();
        List<Double> recall = new ArrayList<>();
        List<Double> f1 = new ArrayList<>();
        for (ClassMetrics c : metrics.perClass()) {
            classes.add(c.emotion().label() + " (" + c.support() + ")");
            precision.add(c.precision());
            recall.add(c.recall());
            f1.add(c.f1());
        }
        classes.add("macro avg");
        precision.add(metrics.macroAverage().precision());
        recall.add(metrics.macroAverage().recall());
        f1.add(metrics.macroAverage().f1());
        chart.addSeries("precision", classes, precision);
        chart.addSeries("recall", classes, recall);
        chart.addSeries("F1", classes, f1);
        if (classes.size() > 6) {
            chart.getStyler().setXAxisLabelRotation(30);
        }
        return chart;
    }

    @Override
    public BufferedImage render() {
        return ChartStyle.render(toXChart());
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
