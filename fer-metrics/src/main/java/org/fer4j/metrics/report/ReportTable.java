package org.fer4j.metrics.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.fer4j.core.LabelSet;
import org.fer4j.metrics.AveragedMetrics;
import org.fer4j.metrics.ClassMetrics;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.fer4j.metrics.VariantComparison;
import org.fer4j.metrics.VariantResult;
import org.fer4j.metrics.curve.EpochRecord;
import org.fer4j.metrics.curve.LearningCurve;

/**
 * An immutable table of typed cells: the one tabular view of each result type, written as CSV by
 * {@link #toCsv()} and as HTML by {@link HtmlReport}. A missing cell is {@code null} (or NaN in a
 * numeric column); CSV leaves it empty.
 */
public final class ReportTable {

    /** How a column's cells are typed and shown to people. */
    public enum Kind {
        /** Free text ({@link String}). */
        TEXT,
        /** A whole count ({@link Long}). */
        COUNT,
        /** A fraction such as accuracy or F1 ({@link Double}), shown with four decimals. */
        FRACTION,
        /** Any other number such as a loss, learning rate or seconds ({@link Double}). */
        NUMBER;

        /**
         * The cell as people read it: four decimals for fractions, four significant digits for other
         * numbers (scientific below 0.001), blank for {@code null} and {@code n/a} for NaN.
         */
        public String human(Object cell) {
            if (cell == null) {
                return "";
            }
            if (cell instanceof Double && ((Double) cell).isNaN()) {
                return "n/a";
            }
            switch (this) {
                case FRACTION:
                    return String.format(Locale.ROOT, "%.4f", (Double) cell);
                case NUMBER:
                    double value = (Double) cell;
                    if (value == 0 || Double.isInfinite(value)) {
                        return Double.toString(value);
                    }
                    if (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e7) {
                        return String.format(Locale.ROOT, "%.3e", value);
                    }
                    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
                default:
                    return cell.toString();
            }
        }

        /** The cell for machines: full precision, no formatting. */
        public String machine(Object cell) {
            if (cell == null || (cell instanceof Double && ((Double) cell).isNaN())) {
                return "";
            }
            return cell.toString();
        }

        private boolean accepts(Object cell) {
            if (cell == null) {
                return true;
            }
            switch (this) {
                case TEXT:
                    return cell instanceof String;
                case COUNT:
                    return cell instanceof Long;
                default:
                    return cell instanceof Double;
            }
        }
    }

    /**
     * A column.
     *
     * @param key the machine name, used as CSV header (snake_case)
     * @param header the human heading, used in HTML
     * @param kind how the cells are typed and shown
     */
    public record Column(String key, String header, Kind kind) {

        /** Validates that every part is present. */
        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final String title;
    private final List<Column> columns;
    private final List<List<Object>> rows;

    private ReportTable(String title, List<Column> columns, List<List<Object>> rows) {
        this.title = title;
        this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        this.rows = Collections.unmodifiableList(copy);
    }

    /** Starts a table with a title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /**
     * Starts a table of one row per item, in order, whose columns each compute their cell from the
     * item, so that a column and the values that fill it are declared together.
     */
    public static <T> ItemBuilder<T> rowPerItem(String title, List<? extends T> items) {
        return new ItemBuilder<>(title, items);
    }

    /**
     * Per-class precision, recall, F1 and support followed by scikit-learn's summary rows: {@code
     * accuracy} (in the F1 column, support = all samples), {@code macro avg} and {@code weighted
     * avg}.
     */
    public static ReportTable of(ClassificationMetrics metrics) {
        Builder table =
                builder("Classification metrics")
                        .addColumn("class", "Class", Kind.TEXT)
                        .addColumn("precision", "Precision", Kind.FRACTION)
                        .addColumn("recall", "Recall", Kind.FRACTION)
                        .addColumn("f1", "F1", Kind.FRACTION)
                        .addColumn("support", "Support", Kind.COUNT);
        for (ClassMetrics c : metrics.perClass()) {
            table.addRow(c.emotion().label(), c.precision(), c.recall(), c.f1(), c.support());
        }
        table.addRow("accuracy", null, null, metrics.accuracy(), metrics.total());
        addAverage(table, "macro avg", metrics.macroAverage(), metrics.total());
        addAverage(table, "weighted avg", metrics.weightedAverage(), metrics.total());
        return table.build();
    }

    /** The counts with one row per true class and one column per predicted class. */
    public static ReportTable of(ConfusionMatrix matrix) {
        LabelSet labels = matrix.labels();
        Builder table = builder("Confusion matrix").addColumn("true_class", "True \\ predicted", Kind.TEXT);
        for (String label : labels.labels()) {
            table.addColumn(label, label, Kind.COUNT);
        }
        for (int t = 0; t < matrix.size(); t++) {
            Object[] row = new Object[matrix.size() + 1];
            row[0] = labels.get(t).label();
            for (int p = 0; p < matrix.size(); p++) {
                row[p + 1] = matrix.count(t, p);
            }
            table.addRow(row);
        }
        return table.build();
    }

    /** One row per variant: train, validation and test accuracy, macro F1 and the train-validation gap. */
    public static ReportTable of(VariantComparison comparison) {
        return rowPerItem("Variant comparison", comparison.variants())
                .text("model", "Model", VariantResult::model)
                .fraction("train_accuracy", "Train accuracy", VariantResult::trainAccuracy)
                .fraction("validation_accuracy", "Validation accuracy", VariantResult::validationAccuracy)
                .fraction("test_accuracy", "Test accuracy", VariantResult::testAccuracy)
                .fraction("macro_f1", "Macro F1", VariantResult::macroF1)
                .fraction("train_validation_gap", "Train − validation gap", VariantResult::generalizationGap)
                .build();
    }

    /** One row per epoch, columns as in {@link LearningCurve#CSV_HEADER}. */
    public static ReportTable of(LearningCurve curve) {
        return rowPerItem("Learning curve: " + curve.name(), curve.epochs())
                .count("epoch", "Epoch", EpochRecord::epoch)
                .number("train_loss", "Train loss", EpochRecord::trainLoss)
                .fraction("train_accuracy", "Train accuracy", EpochRecord::trainAccuracy)
                .number("validation_loss", "Validation loss", EpochRecord::validationLoss)
                .fraction("validation_accuracy", "Validation accuracy", EpochRecord::validationAccuracy)
                .number("learning_rate", "Learning rate", EpochRecord::learningRate)
                .number("seconds", "Seconds", EpochRecord::seconds)
                .build();
    }

    private static void addAverage(Builder table, String name, AveragedMetrics average, long total) {
        table.addRow(name, average.precision(), average.recall(), average.f1(), total);
    }

    /** The table's title. */
    public String title() {
        return title;
    }

    /** This table under another title, e.g. to number it in a report. */
    public ReportTable withTitle(String otherTitle) {
        return new ReportTable(Objects.requireNonNull(otherTitle, "title"), columns, rows);
    }

    /** The columns in order. */
    public List<Column> columns() {
        return columns;
    }

    /** The rows, each with one cell per column. */
    public List<List<Object>> rows() {
        return rows;
    }

    /** The cell at a row and column. */
    public Object cell(int row, int column) {
        return rows.get(row).get(column);
    }

    /** The cell as people read it (see {@link Kind#human}). */
    public String humanCell(int row, int column) {
        return columns.get(column).kind().human(cell(row, column));
    }

    /** RFC 4180 CSV: a header of column keys, then one line per row with full-precision numbers. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        appendCsvLine(sb, columns.stream().map(Column::key).toArray(String[]::new));
        for (List<Object> row : rows) {
            String[] cells = new String[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = columns.get(c).kind().machine(row.get(c));
            }
            appendCsvLine(sb, cells);
        }
        return sb.toString();
    }

    /**
     * A GitHub-flavoured Markdown table: the headers, text columns left-aligned and numbers
     * right-aligned, cells as people read them ({@link #humanCell}); pipes inside cells are escaped.
     */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        appendMarkdownLine(md, columns.stream().map(Column::header).toList());
        appendMarkdownLine(md, columns.stream().map(c -> c.kind() == Kind.TEXT ? "---" : "---:").toList());
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(humanCell(r, c).replace("|", "\\|"));
            }
            appendMarkdownLine(md, cells);
        }
        return md.toString();
    }

    private static void appendMarkdownLine(StringBuilder md, List<String> cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** Writes {@link #toCsv()} to a file, creating parent directories. */
    public void writeCsv(Path file) throws IOException {
        ReportFiles.write(file, toCsv().getBytes(StandardCharsets.UTF_8));
    }

    private static void appendCsvLine(StringBuilder sb, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String cell = cells[i];
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                sb.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(cell);
            }
        }
        sb.append('\n');
    }

    @Override
    public String toString() {
        return "ReportTable[" + title + ", " + columns.size() + " columns, " + rows.size() + " rows]";
    }

    /** Adds columns, then rows whose cells match the column kinds. */
    public static final class Builder {

        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /** Adds a column; all columns must be added before the first row. */
        public Builder addColumn(String key, String header, Kind kind) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("Table '" + title + "': add column '" + key + "' before any row");
            }
            columns.add(new Column(key, header, kind));
            return this;
        }

        /**
         * Adds a row: one cell per column, a {@link String} for text, a {@link Long} for counts, a
         * {@link Double} otherwise, or {@code null} when missing.
         */
        public Builder addRow(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(
                        "Table '" + title + "', row " + rows.size() + ": " + cells.length + " cells for "
                                + columns.size() + " columns");
            }
            for (int c = 0; c < cells.length; c++) {
                if (!columns.get(c).kind().accepts(cells[c])) {
                    throw new IllegalArgumentException(
                            "Table '" + title + "', row " + rows.size() + ", column '" + columns.get(c).key()
                                    + "': " + cells[c].getClass().getSimpleName() + " is not a "
                                    + columns.get(c).kind() + " cell");
                }
            }
            rows.add(Arrays.asList(cells.clone()));
            return this;
        }

        /** Builds the table; it needs at least one column. */
        public ReportTable build() {
            if (columns.isEmpty()) {
                throw new IllegalStateException("Table '" + title + "' has no columns");
            }
            return new ReportTable(title, columns, rows);
        }
    }

    /**
     * Declares the columns of a table with one row per item, each with the function that computes
     * its cell from an item; the cells follow the rules of {@link Builder#addRow}.
     *
     * @param <T> the type of the items
     */
    public static final class ItemBuilder<T> {

        private record ItemColumn<I>(Column column, Function<? super I, ?> cell) {}

        private final String title;
        private final List<T> items;
        private final List<ItemColumn<T>> columns = new ArrayList<>();

        private ItemBuilder(String title, List<? extends T> items) {
            this.title = Objects.requireNonNull(title, "title");
            this.items = new ArrayList<>(items);
        }

        /** Adds a column whose cell is computed from each item: a String, a Long, a Double, or null when missing. */
        public ItemBuilder<T> column(String key, String header, Kind kind, Function<? super T, ?> cell) {
            columns.add(new ItemColumn<>(new Column(key, header, kind), Objects.requireNonNull(cell, "cell")));
            return this;
        }

        /** Adds a {@link Kind#TEXT} column. */
        public ItemBuilder<T> text(String key, String header, Function<? super T, String> cell) {
            return column(key, header, Kind.TEXT, cell);
        }

        /** Adds a {@link Kind#COUNT} column. */
        public ItemBuilder<T> count(String key, String header, ToLongFunction<? super T> cell) {
            return column(key, header, Kind.COUNT, item -> cell.applyAsLong(item));
        }

        /** Adds a {@link Kind#FRACTION} column; NaN marks a missing value. */
        public ItemBuilder<T> fraction(String key, String header, ToDoubleFunction<? super T> cell) {
            return column(key, header, Kind.FRACTION, item -> cell.applyAsDouble(item));
        }

        /** Adds a {@link Kind#NUMBER} column; NaN marks a missing value. */
        public ItemBuilder<T> number(String key, String header, ToDoubleFunction<? super T> cell) {
            return column(key, header, Kind.NUMBER, item -> cell.applyAsDouble(item));
        }

        /** Computes the cells of every item and builds the table; it needs at least one column. */
        public ReportTable build() {
            Builder table = new Builder(title);
            for (ItemColumn<T> c : columns) {
                table.addColumn(c.column().key(), c.column().header(), c.column().kind());
            }
            for (T item : items) {
                table.addRow(columns.stream().map(c -> c.cell().apply(item)).toArray());
            }
            return table.build();
        }
    }
}
