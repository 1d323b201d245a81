package org.fer4j.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final Pattern DATA_URI = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    private static HtmlReport sampleReport() {
        return HtmlReport.builder()
                .setTitle("Evaluation <FER2013>")
                .addParagraph("Scores & notes")
                .addSection("Test split")
                .addMetrics(Samples.metrics())
                .addConfusionMatrix(Samples.matrix())
                .addChart("Confusion matrix", ConfusionMatrixChart.builder().setMatrix(Samples.matrix()).build())
                .addSection("Training")
                .addChart(
                        "Learning curves",
                        LearningCurveChart.builder().addCurve(Samples.curve("cnn", 10)).optSize(900, 360).build())
                .addLearningCurve(Samples.curve("cnn", 3))
                .addSection("Variants")
                .addVariantComparison(Samples.comparison())
                .build();
    }

    @Test
    void embedsEveryChartAsADecodablePngDataUri() throws Exception {
        String html = sampleReport().toHtml();
        List<BufferedImage> images = new ArrayList<>();
        Matcher matcher = DATA_URI.matcher(html);
        while (matcher.find()) {
            images.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(matcher.group(1)))));
        }
        assertThat(images).hasSize(2).doesNotContainNull();
        assertThat(images.get(0).getWidth()).isEqualTo(820);
        assertThat(images.get(1).getWidth()).isEqualTo(900);
        assertThat(html).contains("Figure 1. Confusion matrix", "Figure 2. Learning curves");
    }

    @Test
    void containsTheMetricsConfusionMatrixCurveAndVariantTables() {
        String html = sampleReport().toHtml();
        assertThat(html)
                .contains("Accuracy 70.00% on 20 samples; macro F1 0.7009")
                .contains("<caption>Classification metrics</caption>")
                .contains("<td>happy</td><td class=\"num\">0.7500</td><td class=\"num\">0.6000</td>")
                .contains("<tr class=\"summary\"><td>macro avg</td>")
                .contains("<caption>Confusion matrix (rows: true class")
                .containsPattern("<td class=\"cm\"[^>]*>6<small>60\\.0%</small></td>")
                .contains("<caption>Learning curve: cnn</caption>")
                .contains("<td>cnn, lstm</td>")
                .contains("<td class=\"num\">n/a</td>");
    }

    @Test
    void isSelfContainedWithEscapedTextAndBalancedSections() {
        String html = sampleReport().toHtml();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>");
        assertThat(html).doesNotContain("<script", "<link", "http://", "https://");
        assertThat(html).contains("<title>Evaluation &lt;FER2013&gt;</title>", "<p>Scores &amp; notes</p>");
        assertThat(count(html, "<section>")).isEqualTo(3).isEqualTo(count(html, "</section>"));
        assertThat(html.indexOf("</section>")).isLessThan(html.indexOf("<h2>Training</h2>"));
    }

    @Test
    void writesOneUtf8File(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/report.html");
        HtmlReport report = sampleReport();
        report.write(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report.toHtml());
    }

    @Test
    void rejectsImagesThatAreNotPng() {
        HtmlReport.Builder builder = HtmlReport.builder().setTitle("t");
        assertThatThrownBy(() -> builder.addImage("fake", "GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Image 'fake' does not start with the PNG signature");
    }

    @Test
    void needsATitle() {
        assertThatThrownBy(() -> HtmlReport.builder().addParagraph("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("setTitle");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
