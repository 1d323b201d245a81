package org.fer4j.metrics.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.fer4j.metrics.VariantComparison;
import org.fer4j.metrics.curve.LearningCurve;

/**
 * A single self-contained HTML page (inline CSS, images as base64 PNG data URIs, no scripts or
 * external links) that can be mailed or archived as one file. Build it with a title, then sections
 * holding paragraphs, tables and images, in reading order.
 */
public final class HtmlReport {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static final String STYLE =
            "body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,'DejaVu Sans',sans-serif;"
                    + "color:#222;max-width:1180px;margin:32px auto;padding:0 24px;line-height:1.45}"
                    + "h1{font-size:28px;border-bottom:2px solid #4E79A7;padding-bottom:8px}"
                    + "h2{font-size:21px;margin-top:36px;color:#2b4f75}"
                    + "table{border-collapse:collapse;margin:12px 0 20px;font-size:14px}"
                    + "caption{caption-side:top;text-align:left;font-weight:600;padding:4px 0 8px}"
                    + "th,td{border:1px solid #d0d7de;padding:5px 10px}"
                    + "th{background:#f3f6f9;text-align:left}"
                    + "td.num{text-align:right;font-variant-numeric:tabular-nums}"
                    + "tr.summary td{background:#fafbfc;font-weight:600}"
                    + "td.cm{text-align:center;min-width:58px}"
                    + "td.cm small{display:block;font-size:11px;opacity:.85}"
                    + "figure{margin:16px 0 28px}"
                    + "figure img{max-width:100%;height:auto;border:1px solid #e1e4e8}"
                    + "figcaption{font-size:13px;color:#555;margin-top:4px}"
                    + ".muted{color:#666;font-size:13px}";

    private final String title;
    private final String body;

    private HtmlReport(String title, String body) {
        this.title = title;
        this.body = body;
    }

    /** Starts an empty report; {@link Builder#setTitle} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The report's title. */
    public String title() {
        return title;
    }

    /** The complete HTML document. */
    public String toHtml() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n"
                + "<h1>" + escape(title) + "</h1>\n" + body + "</body>\n</html>\n";
    }

    /** Writes the document as UTF-8, creating parent directories. */
    public void write(Path file) throws IOException {
        ReportFiles.write(file, toHtml().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "HtmlReport[" + title + "]";
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Collects the report's content in reading order. */
    public static final class Builder {

        private String title;
        private final StringBuilder body = new StringBuilder();
        private boolean sectionOpen;
        private int figures;

        private Builder() {}

        /** Sets the page title (required). */
        public Builder setTitle(String title) {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("An HTML report title must not be blank");
            }
            this.title = title;
            return this;
        }

        /** Starts a new section with a heading; what follows belongs to it. */
        public Builder addSection(String heading) {
            Objects.requireNonNull(heading, "heading");
            if (sectionOpen) {
                body.append("</section>\n");
            }
            sectionOpen = true;
            body.append("<section>\n<h2>").append(escape(heading)).append("</h2>\n");
            return this;
        }

        /** Adds a paragraph of plain text (escaped). */
        public Builder addParagraph(String text) {
            body.append("<p>").append(escape(Objects.requireNonNull(text, "text"))).append("</p>\n");
            return this;
        }

        /** Adds a table, numbers formatted for people. */
        public Builder addTable(ReportTable table) {
            body.append("<table>\n<caption>").append(escape(table.title())).append("</caption>\n<thead><tr>");
            for (ReportTable.Column column : table.columns()) {
                body.append("<th>").append(escape(column.header())).append("</th>");
            }
            body.append("</tr></thead>\n<tbody>\n");
            for (int r = 0; r < table.rows().size(); r++) {
                Object first = table.cell(r, 0);
                boolean summary = first instanceof String && SUMMARY_ROWS.contains(first);
                body.append(summary ? "<tr class=\"summary\">" : "<tr>");
                for (int c = 0; c < table.columns().size(); c++) {
                    boolean numeric = table.columns().get(c).kind() != ReportTable.Kind.TEXT;
                    body.append(numeric ? "<td class=\"num\">" : "<td>")
                            .append(escape(table.humanCell(r, c)))
                            .append("</td>");
                }
                body.append("</tr>\n");
            }
            body.append("</tbody>\n</table>\n");
            return this;
        }

        /** Adds a one-line summary (accuracy, macro F1, samples) and the per-class metrics table. */
        public Builder addMetrics(ClassificationMetrics metrics) {
            addParagraph(String.format(
                    Locale.ROOT,
                    "Accuracy %.2f%% on %d samples; macro F1 %.4f; balanced accuracy %.2f%%.",
                    metrics.accuracy() * 100,
                    metrics.total(),
                    metrics.macroF1(),
                    metrics.balancedAccuracy() * 100));
            return addTable(ReportTable.of(metrics));
        }

        /**
         * Adds a confusion matrix as a shaded table: each cell shows the count and the percentage of
         * its true class, its background darker for a larger share.
         */
        public Builder addConfusionMatrix(ConfusionMatrix matrix) {
            double[][] share = matrix.rowNormalized();
            body.append("<table>\n<caption>Confusion matrix (rows: true class, columns: predicted; ")
                    .append("count and % of the true class)</caption>\n<thead><tr><th>true \\ predicted</th>");
            for (String label : matrix.labels().labels()) {
                body.append("<th>").append(escape(label)).append("</th>");
            }
            body.append("<th>support</th></tr></thead>\n<tbody>\n");
            for (int t = 0; t < matrix.size(); t++) {
                body.append("<tr><th>").append(escape(matrix.labels().get(t).label())).append("</th>");
                for (int p = 0; p < matrix.size(); p++) {
                    double s = share[t][p];
                    body.append(String.format(
                            Locale.ROOT,
                            "<td class=\"cm\" style=\"background:rgba(33,113,181,%.3f);color:%s\">%d<small>%.1f%%</small></td>",
                            s,
                            s > 0.6 ? "#fff" : "#222",
                            matrix.count(t, p),
                            s * 100));
                }
                body.append("<td class=\"num\">").append(matrix.support(t)).append("</td></tr>\n");
            }
            body.append("</tbody>\n</table>\n");
            return this;
        }

        /** Adds the variant comparison table. */
        public Builder addVariantComparison(VariantComparison comparison) {
            return addTable(ReportTable.of(comparison));
        }

        /** Adds a learning curve's per-epoch table. */
        public Builder addLearningCurve(LearningCurve curve) {
            return addTable(ReportTable.of(curve));
        }

        /** Renders a chart and embeds it as a PNG data URI with a caption. */
        public Builder addChart(String caption, PngChart chart) {
            return addImage(caption, chart.toPng());
        }

        /** Embeds PNG bytes as a data URI with a caption (also used as alt text). */
        public Builder addImage(String caption, byte[] png) {
            Objects.requireNonNull(caption, "caption");
            if (png == null || png.length < PNG_SIGNATURE.length) {
                throw new IllegalArgumentException("Image '" + caption + "' is empty, not a PNG");
            }
            for (int i = 0; i < PNG_SIGNATURE.length; i++) {
                if (png[i] != PNG_SIGNATURE[i]) {
                    throw new IllegalArgumentException("Image '" + caption + "' does not start with the PNG signature");
                }
            }
            figures++;
            body.append("<figure>\n<img alt=\"")
                    .append(escape(caption))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png))
                    .append("\">\n<figcaption>Figure ")
                    .append(figures)
                    .append(". ")
                    .append(escape(caption))
                    .append("</figcaption>\n</figure>\n");
            return this;
        }

        /** Builds the report; the title must have been set. */
        public HtmlReport build() {
            if (title == null) {
                throw new IllegalStateException("HtmlReport needs setTitle(...)");
            }
            return new HtmlReport(title, body + (sectionOpen ? "</section>\n" : ""));
        }

        private static final List<String> SUMMARY_ROWS = List.of("accuracy", "macro avg", "weighted avg");
    }
}
