package org.fer4j.metrics.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.fer4j.metrics.ConfusionMatrix;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.internal.Utils;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * A confusion-matrix heat map: rows are true classes (top to bottom, each labelled with its
 * support), columns predicted classes; colour is the row-normalised share, and every cell shows the
 * percentage of its true class and the raw count.
 */
public final class ConfusionMatrixChart implements PngChart {

    /** Light-to-dark blues, so the diagonal of a good model stands out. */
    private static final Color[] BLUES = {
        new Color(0xF7FBFF), new Color(0xC6DBEF), new Color(0x6BAED6), new Color(0x2171B5), new Color(0x08306B)
    };

    private final ConfusionMatrix matrix;
    private final String title;
    private final int width;
    private final int height;

    private ConfusionMatrixChart(Builder builder) {
        this.matrix = builder.matrix;
        this.title = builder.title();
        this.width = builder.width();
        this.height = builder.height();
    }

    /** Starts a builder; {@link Builder#setMatrix} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The XChart heat map, for callers who want to restyle or show it in a Swing window. */
    public HeatMapChart toXChart() {
        int n = matrix.size();
        double[][] share = matrix.rowNormalized();
        CellLabelledHeatMap chart = new CellLabelledHeatMap(width, height, matrix, share);
        chart.setTitle(title);
        chart.setXAxisTitle("Predicted class");
        chart.setYAxisTitle("True class (n = samples)");
        HeatMapStyler styler = chart.getStyler();
        ChartStyle.apply(styler);
        styler.setRangeColors(BLUES);
        styler.setMin(0);
        styler.setMax(100);
        styler.setShowValue(false);
        styler.setDrawBorder(true);
        styler.setPlotContentSize(1.0);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setGradientColorColumnHeight(Math.max(120, height - 260));
        styler.setGradientColorColumnWeight(16);
        styler.setPlotBorderVisible(false);
        if (n > 5) {
            styler.setXAxisLabelRotation(30);
        }

        List<String> predicted = new ArrayList<>(matrix.labels().labels());
        List<String> truth = new ArrayList<>(n);
        for (int t = n - 1; t >= 0; t--) {
            truth.add(matrix.labels().get(t).label() + " (" + matrix.support(t) + ")");
        }
        List<Number[]> cells = new ArrayList<>(n * n);
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                cells.add(new Number[] {p, n - 1 - t, share[t][p] * 100});
            }
        }
        chart.addSeries("% of true class", predicted, truth, cells);
        return chart;
    }

    @Override
    public BufferedImage render() {
        return ChartStyle.render(toXChart());
    }

    /** A heat map that writes percentage and count into each cell, in a colour readable on it. */
    private static final class CellLabelledHeatMap extends HeatMapChart {

        private final ConfusionMatrix matrix;
        private final double[][] share;

        CellLabelledHeatMap(int width, int height, ConfusionMatrix matrix, double[][] share) {
            // The theme constructor initialises the heat-map styles (range colours, fonts, content size).
            super(width, height, Styler.ChartTheme.XChart);
            this.matrix = matrix;
            this.share = share;
        }

        @Override
        public void paint(Graphics2D g, int width, int height) {
            super.paint(g, width, height);
            Rectangle2D bounds = plot.getBounds();
            if (bounds == null || bounds.getWidth() < 30) {
                return;
            }
            int n = matrix.size();
            double contentSize = getStyler().getPlotContentSize();
            double xMargin = Utils.getTickStartOffset(bounds.getWidth(), contentSize * bounds.getWidth());
            double yMargin = Utils.getTickStartOffset(bounds.getHeight(), contentSize * bounds.getHeight());
            double cellWidth = (bounds.getWidth() - 2 * xMargin) / n;
            double cellHeight = (bounds.getHeight() - 2 * yMargin) / n;
            float size = (float) Math.max(9, Math.min(20, Math.min(cellHeight / 3.2, cellWidth / 4.6)));
            Font percentFont = ChartStyle.VALUE_FONT.deriveFont(Font.BOLD, size);
            Font countFont = ChartStyle.VALUE_FONT.deriveFont(Font.PLAIN, size * 0.85f);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (int t = 0; t < n; t++) {
                for (int p = 0; p < n; p++) {
                    double centerX = bounds.getX() + xMargin + cellWidth * (p + 0.5);
                    double centerY = bounds.getY() + yMargin + cellHeight * (t + 0.5);
                    g.setColor(share[t][p] > 0.5 ? Color.WHITE : ChartStyle.TEXT);
                    String percent = String.format(Locale.ROOT, "%.1f%%", share[t][p] * 100);
                    String count = Long.toString(matrix.count(t, p));
                    drawCentered(g, percentFont, percent, centerX, centerY - size * 0.05);
                    drawCentered(g, countFont, count, centerX, centerY + size * 1.0);
                }
            }
        }

        private static void drawCentered(Graphics2D g, Font font, String text, double centerX, double baseline) {
            g.setFont(font);
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(text, (float) (centerX - metrics.stringWidth(text) / 2.0), (float) baseline);
        }
    }

    /** Configures a {@link ConfusionMatrixChart}. */
    public static final class Builder extends ChartBuilder<Builder> {

        private ConfusionMatrix matrix;

        private Builder() {
            super("Confusion matrix: % of each true class, and count", 820, 720);
        }

        /** Sets the matrix to draw (required). */
        public Builder setMatrix(ConfusionMatrix matrix) {
            this.matrix = Objects.requireNonNull(matrix, "matrix");
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Builds the chart; the matrix must have been set. */
        public ConfusionMatrixChart build() {
            if (matrix == null) {
                throw new IllegalStateException("ConfusionMatrixChart needs setMatrix(...)");
            }
            return new ConfusionMatrixChart(this);
        }
    }
}
