package org.fer4j.metrics.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fer4j.core.LabelSet;
import org.fer4j.metrics.AveragedMetrics;
import org.fer4j.metrics.ClassMetrics;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.fer4j.metrics.VariantComparison;
import org.fer4j.metrics.VariantResult;

/**
 * Writes metrics, confusion matrices and variant comparisons as pretty-printed JSON for machines
 * (dashboards, regression checks), and reads confusion matrices back. Values that were not
 * measured (NaN) are written as {@code null}.
 *
 * <p>Schemas: a confusion matrix is {@code {"labels": [...], "total": n, "counts": [[...]]}} with
 * {@code counts[true][predicted]}; metrics are {@code {"total", "accuracy", "balancedAccuracy",
 * "macroAverage": {precision, recall, f1}, "weightedAverage": {...}, "classes": [{label, index,
 * precision, recall, f1, support}], "confusionMatrix": {...}}}; a comparison is {@code {"variants":
 * [{model, trainAccuracy, validationAccuracy, testAccuracy, macroF1, trainValidationGap}]}}.
 */
public final class JsonReportWriter {

    private JsonReportWriter() {}

    /** The JSON form of a confusion matrix. */
    public static String toJson(ConfusionMatrix matrix) {
        return write(json -> writeMatrix(json, matrix));
    }

    /** The JSON form of classification metrics, including their confusion matrix. */
    public static String toJson(ClassificationMetrics metrics) {
        return write(json -> {
            json.beginObject();
            json.name("total").value(metrics.total());
            json.name("accuracy").value(metrics.accuracy());
            json.name("balancedAccuracy").value(metrics.balancedAccuracy());
            writeAverage(json, "macroAverage", metrics.macroAverage());
            writeAverage(json, "weightedAverage", metrics.weightedAverage());
            json.name("classes").beginArray();
            for (ClassMetrics c : metrics.perClass()) {
                json.beginObject();
                json.name("label").value(c.emotion().label());
                json.name("index").value(c.index());
                json.name("precision").value(c.precision());
                json.name("recall").value(c.recall());
                json.name("f1").value(c.f1());
                json.name("support").value(c.support());
                json.endObject();
            }
            json.endArray();
            json.name("confusionMatrix");
            writeMatrix(json, metrics.confusionMatrix());
            json.endObject();
        });
    }

    /** The JSON form of a variant comparison. */
    public static String toJson(VariantComparison comparison) {
        return write(json -> {
            json.beginObject().name("variants").beginArray();
            for (VariantResult v : comparison.variants()) {
                json.beginObject();
                json.name("model").value(v.model());
                writeNumber(json, "trainAccuracy", v.trainAccuracy());
                writeNumber(json, "validationAccuracy", v.validationAccuracy());
                writeNumber(json, "testAccuracy", v.testAccuracy());
                writeNumber(json, "macroF1", v.macroF1());
                writeNumber(json, "trainValidationGap", v.generalizationGap());
                json.endObject();
            }
            json.endArray().endObject();
        });
    }

    /** Writes the JSON form of a confusion matrix to a file, creating parent directories. */
    public static void write(ConfusionMatrix matrix, Path file) throws IOException {
        ReportFiles.write(file, toJson(matrix).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the JSON form of classification metrics to a file, creating parent directories. */
    public static void write(ClassificationMetrics metrics, Path file) throws IOException {
        ReportFiles.write(file, toJson(metrics).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the JSON form of a variant comparison to a file, creating parent directories. */
    public static void write(VariantComparison comparison, Path file) throws IOException {
        ReportFiles.write(file, toJson(comparison).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a confusion matrix from its JSON form, or from the {@code "confusionMatrix"} member of
     * a metrics document; {@code source} names the input in error messages.
     */
    public static ConfusionMatrix readConfusionMatrix(String json, String source) {
        try {
            JsonObject root = JsonParser.parseString(json).getAsJsonObject();
            JsonObject matrix = root.has("confusionMatrix") ? root.getAsJsonObject("confusionMatrix") : root;
            JsonArray labelArray = matrix.getAsJsonArray("labels");
            JsonArray rowArray = matrix.getAsJsonArray("counts");
            if (labelArray == null || rowArray == null) {
                throw new IllegalArgumentException(source + ": a confusion matrix needs \"labels\" and \"counts\"");
            }
            StringBuilder labelList = new StringBuilder();
            for (JsonElement label : labelArray) {
                labelList.append(labelList.length() == 0 ? "" : ",").append(label.getAsString());
            }
            LabelSet labels = LabelSet.parse(labelList.toString());
            long[][] counts = new long[rowArray.size()][];
            for (int t = 0; t < counts.length; t++) {
                JsonArray row = rowArray.get(t).getAsJsonArray();
                counts[t] = new long[row.size()];
                for (int p = 0; p < counts[t].length; p++) {
                    counts[t][p] = row.get(p).getAsLong();
                }
            }
            return ConfusionMatrix.of(labels, counts);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | ClassCastException e) {
            throw new IllegalArgumentException(source + ": not a confusion matrix JSON document: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(source)) {
                throw e;
            }
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** Reads a confusion matrix from a JSON file written by {@link #write(ConfusionMatrix, Path)}. */
    public static ConfusionMatrix readConfusionMatrix(Path file) throws IOException {
        return readConfusionMatrix(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    private static void writeMatrix(JsonWriter json, ConfusionMatrix matrix) throws IOException {
        json.beginObject();
        json.name("labels").beginArray();
        for (String label : matrix.labels().labels()) {
            json.value(label);
        }
        json.endArray();
        json.name("total").value(matrix.total());
        json.name("counts").beginArray();
        for (int t = 0; t < matrix.size(); t++) {
            json.beginArray();
            for (int p = 0; p < matrix.size(); p++) {
                json.value(matrix.count(t, p));
            }
            json.endArray();
        }
        json.endArray();
        json.endObject();
    }

    private static void writeAverage(JsonWriter json, String name, AveragedMetrics average) throws IOException {
        json.name(name).beginObject();
        json.name("precision").value(average.precision());
        json.name("recall").value(average.recall());
        json.name("f1").value(average.f1());
        json.endObject();
    }

    private static void writeNumber(JsonWriter json, String name, double value) throws IOException {
        json.name(name);
        if (Double.isNaN(value)) {
            json.nullValue();
        } else {
            json.value(value);
        }
    }

    private interface JsonBody {
        void writeTo(JsonWriter json) throws IOException;
    }

    private static String write(JsonBody body) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            body.writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }
}
