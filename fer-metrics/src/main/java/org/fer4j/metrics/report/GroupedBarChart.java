package org.fer4j.metrics.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;

/**
 * A grouped bar chart of fractions in the house style ({@link ChartStyle#fractionBars}), with the
 * title and size of its {@link ChartBuilder}; subclasses only say which {@link Bars} to draw.
 */
abstract class GroupedBarChart implements PngChart {

    private final String title;
    private final int width;
    private final int height;
    private final String xAxisTitle;
    private final String yAxisTitle;

    GroupedBarChart(ChartBuilder<?> builder, String xAxisTitle, String yAxisTitle) {
        this.title = builder.title();
        this.width = builder.width();
        this.height = builder.height();
        this.xAxisTitle = xAxisTitle;
        this.yAxisTitle = yAxisTitle;
    }

    /** The groups and series to draw. */
    abstract Bars bars();

    /** The XChart bar chart, for callers who want to restyle it. */
    public CategoryChart toXChart() {
        Bars bars = bars();
        CategoryChart chart = ChartStyle.fractionBars(width, height, title, xAxisTitle, yAxisTitle, true);
        for (int s = 0; s < bars.seriesNames.size(); s++) {
            List<Double> series = bars.values.get(s);
            if (series.stream().anyMatch(Objects::nonNull)) {
                chart.addSeries(bars.seriesNames.get(s), bars.groups, series);
            }
        }
        if (bars.groups.size() > bars.uprightLabelLimit) {
            chart.getStyler().setXAxisLabelRotation(30);
        }
        return chart;
    }

    @Override
    public BufferedImage render() {
        return ChartStyle.render(toXChart());
    }

    /**
     * Named groups along the x axis, each with one bar per series. A NaN value is drawn as an empty
     * slot; a series with no value at all is left out.
     */
    static final class Bars {

        private final List<String> seriesNames;
        private final List<String> groups = new ArrayList<>();
        private final List<List<Double>> values = new ArrayList<>();
        private int uprightLabelLimit = Integer.MAX_VALUE;

        /** Starts bars with these series, in legend order. */
        Bars(String... seriesNames) {
            if (seriesNames.length == 0) {
                throw new IllegalArgumentException("A grouped bar chart needs at least one series");
            }
            this.seriesNames = List.of(seriesNames);
            for (int s = 0; s < seriesNames.length; s++) {
                values.add(new ArrayList<>());
            }
        }

        /** Adds a group with one value per series, in series order; NaN when a value is missing. */
        Bars addGroup(String label, double... groupValues) {
            Objects.requireNonNull(label, "label");
            if (groupValues.length != seriesNames.size()) {
                throw new IllegalArgumentException("Group '" + label + "' has " + groupValues.length
                        + " values for the " + seriesNames.size() + " series " + seriesNames);
            }
            groups.add(label);
            for (int s = 0; s < groupValues.length; s++) {
                values.get(s).add(Double.isNaN(groupValues[s]) ? null : groupValues[s]);
            }
            return this;
        }

        /** Tilts the group labels when there are more than {@code groups} of them (default: never). */
        Bars tiltLabelsAbove(int groups) {
            this.uprightLabelLimit = groups;
            return this;
        }
    }
}
