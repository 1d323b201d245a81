package org.fer4j.metrics.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/** The house style of fer4j charts: fonts, colours and padding, applied to any XChart styler. */
final class ChartStyle {

    /** Chart titles. */
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    /** Axis titles. */
    static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    /** Tick labels and legends. */
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** Value labels drawn inside the plot. */
    static final Font VALUE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Body text colour. */
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    /** Grid line colour. */
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    /** A colour-blind-safe qualitative palette (Tableau 10), one colour per series. */
    static final Color[] PALETTE = {
        new Color(0x4E79A7), new Color(0xF28E2B), new Color(0x59A14F), new Color(0xE15759),
        new Color(0xB07AA1), new Color(0x76B7B2), new Color(0xEDC948), new Color(0xFF9DA7),
        new Color(0x9C755F), new Color(0xBAB0AC)
    };

    private ChartStyle() {}

    /** Applies fonts, white backgrounds, a light grid and the palette. */
    static void apply(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(0x99, 0x99, 0x99));
        styler.setChartFontColor(TEXT);
        styler.setChartTitleFont(TITLE_FONT);
        styler.setChartTitleBoxVisible(false);
        styler.setChartPadding(16);
        styler.setChartTitlePadding(14);
        styler.setAxisTitleFont(AXIS_TITLE_FONT);
        styler.setAxisTickLabelsFont(TICK_FONT);
        styler.setAxisTickLabelsColor(TEXT);
        styler.setAxisTitlePadding(10);
        styler.setAxisTickPadding(8);
        styler.setLegendFont(TICK_FONT);
        styler.setLegendBorderColor(new Color(0xCC, 0xCC, 0xCC));
        styler.setLegendBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(GRID);
        styler.setSeriesColors(PALETTE);
        styler.setAntiAlias(true);
        styler.setToolTipsEnabled(false);
        styler.setLocale(Locale.ROOT);
    }

    /**
     * A grouped bar chart for fractions: y axis fixed to [0, 1], legend above the plot, value labels
     * on the bars when {@code labelBars} is set.
     */
    static CategoryChart fractionBars(
            int width, int height, String title, String xTitle, String yTitle, boolean labelBars) {
        CategoryChart chart = new CategoryChart(width, height, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        CategoryStyler styler = chart.getStyler();
        apply(styler);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(1.0);
        styler.setYAxisDecimalPattern("0.00");
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setAvailableSpaceFill(0.8);
        styler.setOverlapped(false);
        styler.setLabelsVisible(labelBars);
        if (labelBars) {
            styler.setLabelsFont(VALUE_FONT.deriveFont(Font.BOLD));
            styler.setLabelsPosition(0.94);
            styler.setLabelsFontColorAutomaticEnabled(true);
            styler.setLabelsFontColorAutomaticLight(Color.WHITE);
            styler.setLabelsFontColorAutomaticDark(TEXT);
        }
        return chart;
    }

    /** The palette colour of series number {@code i}, cycling. */
    static Color color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** Renders an XChart chart at its own size. */
    static BufferedImage render(Chart<? extends Styler, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }
}
