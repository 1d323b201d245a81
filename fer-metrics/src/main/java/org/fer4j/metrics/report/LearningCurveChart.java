package org.fer4j.metrics.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.fer4j.metrics.curve.EpochRecord;
import org.fer4j.metrics.curve.LearningCurve;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Learning curves as two side-by-side panels, loss and accuracy against epoch. Each model gets one
 * colour; training is drawn dashed, validation solid, so several models can be overlaid.
 */
public final class LearningCurveChart implements PngChart {

    private static final BasicStroke TRAIN_LINE =
            new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);
    private static final BasicStroke VALIDATION_LINE =
            new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private final List<LearningCurve> curves;
    private final String title;
    private final int width;
    private final int height;

    private LearningCurveChart(Builder builder) {
        this.curves = List.copyOf(builder.curves);
        this.title = builder.title();
        this.width = builder.width();
        this.height = builder.height();
    }

    /** Starts a builder; at least one {@link Builder#addCurve curve} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The loss panel (left) as an XChart chart. */
    public XYChart lossChart() {
        // Losses fall, so the legend goes top right, away from the late epochs.
        return panel(
                title + " — loss",
                "Loss",
                Styler.LegendPosition.InsideNE,
                EpochRecord::trainLoss,
                EpochRecord::validationLoss);
    }

    /** The accuracy panel (right) as an XChart chart. */
    public XYChart accuracyChart() {
        // Accuracies rise, so the legend goes bottom right.
        return panel(
                title + " — accuracy",
                "Accuracy",
                Styler.LegendPosition.InsideSE,
                EpochRecord::trainAccuracy,
                EpochRecord::validationAccuracy);
    }

    @Override
    public BufferedImage render() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            int left = width / 2;
            Graphics2D lossArea = (Graphics2D) g.create(0, 0, left, height);
            lossChart().paint(lossArea, left, height);
            lossArea.dispose();
            Graphics2D accuracyArea = (Graphics2D) g.create(left, 0, width - left, height);
            accuracyChart().paint(accuracyArea, width - left, height);
            accuracyArea.dispose();
        } finally {
            g.dispose();
        }
        return image;
    }

    private XYChart panel(
            String panelTitle,
            String yTitle,
            Styler.LegendPosition legend,
            ToDoubleFunction<EpochRecord> train,
            ToDoubleFunction<EpochRecord> validation) {
        XYChart chart = new XYChart(width / 2, height, Styler.ChartTheme.XChart);
        chart.setTitle(panelTitle);
        chart.setXAxisTitle("Epoch");
        chart.setYAxisTitle(yTitle);
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(legend);
        chart.getStyler().setXAxisTickMarkSpacingHint(60);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(
                x -> x == Math.rint(x) ? Long.toString(Math.round(x)) : "");
        chart.getStyler().setYAxisDecimalPattern("0.00");
        chart.getStyler().setMarkerSize(6);
        boolean overlay = curves.size() > 1;
        boolean anySeries = false;
        for (int i = 0; i < curves.size(); i++) {
            LearningCurve curve = curves.get(i);
            Color color = ChartStyle.color(i);
            String prefix = overlay ? curve.name() + " " : "";
            anySeries |= addSeries(chart, curve, train, prefix + "train", color, false);
            anySeries |= addSeries(chart, curve, validation, prefix + "validation", color, true);
        }
        if (!anySeries) {
            chart.addSeries("no data", new double[] {1}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        } else {
            spaceEpochTicks(chart);
        }
        return chart;
    }

    /**
     * XChart puts a tick on every x value when all x values are equally spaced, which crowds the
     * axis after about 20 epochs. An invisible two-point series at half an epoch breaks the equal
     * spacing, so ticks follow the tick-spacing hint instead; non-integer ticks stay unlabelled.
     */
    private static void spaceEpochTicks(XYChart chart) {
        double first = Double.NaN;
        double last = Double.NaN;
        double y = Double.NaN;
        for (XYSeries series : chart.getSeriesMap().values()) {
            double[] x = series.getXData();
            first = Double.isNaN(first) ? x[0] : Math.min(first, x[0]);
            last = Double.isNaN(last) ? x[x.length - 1] : Math.max(last, x[x.length - 1]);
            y = Double.isNaN(y) ? series.getYData()[0] : y;
        }
        if (last - first < 1) {
            return;
        }
        XYSeries spacer = chart.addSeries(" ", new double[] {first, first + 0.5}, new double[] {y, y});
        spacer.setShowInLegend(false);
        spacer.setMarker(SeriesMarkers.NONE);
        spacer.setLineColor(new Color(0, 0, 0, 0));
    }

    private static boolean addSeries(
            XYChart chart,
            LearningCurve curve,
            ToDoubleFunction<EpochRecord> column,
            String name,
            Color color,
            boolean validation) {
        List<Integer> epochs = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (EpochRecord e : curve.epochs()) {
            double value = column.applyAsDouble(e);
            if (!Double.isNaN(value)) {
                epochs.add(e.epoch());
                values.add(value);
            }
        }
        if (epochs.isEmpty()) {
            return false;
        }
        XYSeries series = chart.addSeries(name, epochs, values);
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setLineStyle(validation ? VALIDATION_LINE : TRAIN_LINE);
        series.setMarker(validation ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        return true;
    }

    /** Configures a {@link LearningCurveChart}. */
    public static final class Builder extends ChartBuilder<Builder> {

        private final List<LearningCurve> curves = new ArrayList<>();

        private Builder() {
            super("Learning curves", 1400, 560);
        }

        /** Adds a model's curve; several curves are overlaid, one colour each. */
        public Builder addCurve(LearningCurve curve) {
            Objects.requireNonNull(curve, "curve");
            if (curves.stream().anyMatch(c -> c.name().equals(curve.name()))) {
                throw new IllegalArgumentException("Learning curve '" + curve.name() + "' was added twice");
            }
            curves.add(curve);
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Builds the chart; it needs at least one curve. */
        public LearningCurveChart build() {
            if (curves.isEmpty()) {
                throw new IllegalStateException("LearningCurveChart needs at least one addCurve(...)");
            }
            return new LearningCurveChart(this);
        }
    }
}
