package org.fer4j.cli.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fer4j.metrics.report.PngChart;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * Grouped bars of each method's accuracy per cross-validation fold, with a last group of the mean
 * over folds whose error bars show the standard deviation.
 */
public final class FoldAccuracyChart implements PngChart {

    private static final Color[] COLORS = {new Color(0x4E79A7), new Color(0xF28E2B), new Color(0x59A14F)};

    private final CrossValidationTables tables;
    private final String title;

    /** A chart of these folds with a title. */
    public FoldAccuracyChart(CrossValidationTables tables, String title) {
        this.tables = tables;
        this.title = title;
    }

    /** The XChart bar chart, for callers who want to restyle it. */
    public CategoryChart toXChart() {
        int groups = tables.folds().size() + 1;
        CategoryChart chart = new CategoryChart(Math.max(900, 110 * groups + 200), 560, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle("Fold");
        chart.setYAxisTitle("Accuracy");
        style(chart.getStyler(), groups);
        List<String> labels = new ArrayList<>();
        for (FoldResult fold : tables.folds()) {
            labels.add(Integer.toString(fold.fold() + 1));
        }
        labels.add("mean ± std");
        int i = 0;
        for (CrossValidationTables.Method method : CrossValidationTables.Method.values()) {
            List<Double> values = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (double accuracy : tables.accuracies(method)) {
                values.add(accuracy);
                errors.add(0.0);
            }
            AccuracySummary summary = tables.summary(method);
            values.add(summary.mean());
            errors.add(Double.isNaN(summary.std()) ? 0.0 : summary.std());
            CategorySeries series = chart.addSeries(method.title(), labels, values, errors);
            series.setFillColor(COLORS[i++ % COLORS.length]);
        }
        return chart;
    }

    private static void style(CategoryStyler styler, int groups) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(0x99, 0x99, 0x99));
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        styler.setChartTitleBoxVisible(false);
        styler.setChartPadding(16);
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(new Color(0xCC, 0xCC, 0xCC));
        styler.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(1.0);
        styler.setYAxisDecimalPattern("0.00");
        styler.setAvailableSpaceFill(0.8);
        styler.setOverlapped(false);
        styler.setErrorBarsColor(new Color(0x22, 0x22, 0x22));
        styler.setLabelsVisible(groups <= 6);
        styler.setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        styler.setLabelsPosition(0.94);
        styler.setLabelsFontColorAutomaticEnabled(true);
        styler.setLabelsFontColorAutomaticLight(Color.WHITE);
        styler.setLabelsFontColorAutomaticDark(new Color(0x22, 0x22, 0x22));
        styler.setAntiAlias(true);
        styler.setToolTipsEnabled(false);
        styler.setLocale(Locale.ROOT);
    }

    @Override
    public BufferedImage render() {
        return BitmapEncoder.getBufferedImage(toXChart());
    }
}
