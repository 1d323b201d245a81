package org.fer4j.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.fer4j.core.LabelSet;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.fer4j.metrics.VariantComparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

class PngChartTest {

    @Test
    void confusionMatrixChartWritesADecodablePngOfItsDefaultSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("charts/cm.png");
        ConfusionMatrixChart.builder().setMatrix(Samples.matrix()).build().writePng(file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(820);
        assertThat(image.getHeight()).isEqualTo(720);
        assertThat(distinctColours(image)).isGreaterThan(50);
    }

    @Test
    void confusionMatrixChartPaintsFullCellsDarkBlueAndEmptyCellsNearWhite() {
        // 2 classes, 100% on the diagonal: half of the plot is dark blue, the other half near white.
        ConfusionMatrix perfect = ConfusionMatrix.of(
                LabelSet.of(org.fer4j.core.Emotion.HAPPY, org.fer4j.core.Emotion.SAD), new long[][] {{4, 0}, {0, 4}});
        BufferedImage image = ConfusionMatrixChart.builder().setMatrix(perfect).optSize(600, 600).build().render();
        int samples = 0;
        int darkBlue = 0;
        int nearWhite = 0;
        for (int y = image.getHeight() / 4; y < image.getHeight() * 3 / 4; y += 4) {
            for (int x = image.getWidth() / 4; x < image.getWidth() * 3 / 4; x += 4) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                samples++;
                if (b - r > 60 && r + g + b < 300) {
                    darkBlue++;
                } else if (r + g + b > 730) {
                    nearWhite++;
                }
            }
        }
        assertThat(darkBlue).as("dark blue samples of %d", samples).isGreaterThan(samples / 4);
        assertThat(nearWhite).as("near-white samples of %d", samples).isGreaterThan(samples / 4);
    }

    @Test
    void learningCurveChartHonoursACustomSizeForOneOrSeveralCurves() throws Exception {
        for (LearningCurveChart chart : new LearningCurveChart[] {
            LearningCurveChart.builder().addCurve(Samples.curve("cnn", 25)).optSize(1000, 400).build(),
            LearningCurveChart.builder()
                    .addCurve(Samples.curve("cnn", 25))
                    .addCurve(Samples.curve("cnn-lstm", 12))
                    .optSize(1000, 400)
                    .build()
        }) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.toPng()));
            assertThat(image.getWidth()).isEqualTo(1000);
            assertThat(image.getHeight()).isEqualTo(400);
            assertThat(distinctColours(image)).isGreaterThan(50);
        }
    }

    @Test
    void learningCurveChartDrawsACurveWithoutValidationOrWithOneEpoch() throws Exception {
        var noValidation = org.fer4j.metrics.curve.LearningCurve.of(
                "train-only",
                java.util.List.of(new org.fer4j.metrics.curve.EpochRecord(1, 1.0, 0.4, Double.NaN, Double.NaN, 0.1, 3)));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                LearningCurveChart.builder().addCurve(noValidation).build().toPng()));
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(560);
    }

    @Test
    void perClassChartWritesADecodablePng() throws Exception {
        ClassificationMetrics metrics = Samples.metrics();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                PerClassMetricsChart.builder().setMetrics(metrics).optTitle("Test split").build().toPng()));
        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(distinctColours(image)).isGreaterThan(50);
    }

    @Test
    void variantChartDrawsMissingTestAccuracyAsAGap() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                VariantComparisonChart.builder().setComparison(Samples.comparison()).build().toPng()));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(distinctColours(image)).isGreaterThan(50);
    }

    @Test
    void variantChartLeavesOutAMeasureNoVariantHasAndDrawsASingleMissingValueAsAGap() {
        VariantComparison untested = VariantComparison.builder()
                .addVariant("cnn", 0.82, 0.66, Double.NaN, 0.61)
                .addVariant("cnn-lstm", 0.87, 0.69, Double.NaN, 0.64)
                .build();
        assertThat(VariantComparisonChart.builder().setComparison(untested).build().toXChart().getSeriesMap())
                .containsOnlyKeys("train accuracy", "validation accuracy", "macro F1");

        CategoryChart chart = VariantComparisonChart.builder().setComparison(Samples.comparison()).build().toXChart();
        CategorySeries test = chart.getSeriesMap().get("test accuracy");
        assertThat(cells(test.getXData())).containsExactly("cnn", "cnn, lstm");
        assertThat(cells(test.getYData())).containsExactly(0.655, null);
    }

    @Test
    void perClassChartHasAGroupPerClassAndTheMacroAverageAndTiltsLabelsBeyondSixGroups() {
        ClassificationMetrics three = Samples.metrics();
        CategoryChart chart = PerClassMetricsChart.builder().setMetrics(three).build().toXChart();
        assertThat(chart.getSeriesMap()).containsOnlyKeys("precision", "recall", "F1");
        assertThat(cells(chart.getSeriesMap().get("recall").getXData()))
                .containsExactly("angry (6)", "happy (10)", "sad (4)", "macro avg");
        assertThat(cells(chart.getSeriesMap().get("recall").getYData()))
                .containsExactly(5 / 6.0, 6 / 10.0, 3 / 4.0, three.macroAverage().recall());
        assertThat(chart.getStyler().getXAxisLabelRotation()).isZero();

        long[][] diagonal = new long[7][7];
        for (int i = 0; i < 7; i++) {
            diagonal[i][i] = 1;
        }
        ClassificationMetrics seven = ClassificationMetrics.of(ConfusionMatrix.of(LabelSet.FER2013, diagonal));
        CategoryChart tilted = PerClassMetricsChart.builder().setMetrics(seven).build().toXChart();
        assertThat(tilted.getStyler().getXAxisLabelRotation()).isEqualTo(30);
    }

    @Test
    void buildersRejectMissingDataAndSillySizes() {
        assertThatThrownBy(() -> ConfusionMatrixChart.builder().build()).hasMessageContaining("setMatrix");
        assertThatThrownBy(() -> LearningCurveChart.builder().build()).hasMessageContaining("addCurve");
        assertThatThrownBy(() -> PerClassMetricsChart.builder().build()).hasMessageContaining("setMetrics");
        assertThatThrownBy(() -> VariantComparisonChart.builder().build()).hasMessageContaining("setComparison");
        assertThatThrownBy(() -> PerClassMetricsChart.builder().optSize(10, 10))
                .hasMessageContaining("10x10 is outside 200..8000");
    }

    private static List<Object> cells(Collection<?> data) {
        return new ArrayList<>(data);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
