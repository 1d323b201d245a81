package org.fer4j.metrics.curve;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.fer4j.core.AtomicFile;

/**
 * The immutable per-epoch history of one model's training, with a JSON and a CSV form that read
 * back to an equal curve.
 *
 * <p>JSON: {@code {"name": "...", "epochs": [{"epoch": 1, "trainLoss": ..., ...}]}}. CSV: the
 * header {@value #CSV_HEADER} and one row per epoch; the CSV carries no name, so readers take it as
 * an argument (the file name without extension by default). Missing values are {@code null} in
 * JSON and empty in CSV.
 */
public final class LearningCurve {

    /** The CSV header row, in column order. */
    public static final String CSV_HEADER =
            "epoch,train_loss,train_accuracy,validation_loss,validation_accuracy,learning_rate,seconds";

    private static final String[] JSON_FIELDS = {
        "epoch", "trainLoss", "trainAccuracy", "validationLoss", "validationAccuracy", "learningRate", "seconds"
    };

    private final String name;
    private final List<EpochRecord> epochs;

    private LearningCurve(String name, List<EpochRecord> epochs) {
        this.name = name;
        this.epochs = epochs;
    }

    /** Creates a curve from epochs in strictly increasing epoch order (an empty curve is allowed). */
    public static LearningCurve of(String name, List<EpochRecord> epochs) {
        Objects.requireNonNull(name, "name");
        List<EpochRecord> copy = List.copyOf(epochs);
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).epoch() <= copy.get(i - 1).epoch()) {
                throw new IllegalArgumentException(
                        "Learning curve '"
                                + name
                                + "' has epoch "
                                + copy.get(i).epoch()
                                + " at position "
                                + i
                                + " after epoch "
                                + copy.get(i - 1).epoch()
                                + "; epochs must increase");
            }
        }
        return new LearningCurve(name, copy);
    }

    /** The model or run this curve belongs to. */
    public String name() {
        return name;
    }

    /** The epochs in order. */
    public List<EpochRecord> epochs() {
        return epochs;
    }

    /** The number of epochs. */
    public int size() {
        return epochs.size();
    }

    /** Whether no epoch was recorded. */
    public boolean isEmpty() {
        return epochs.isEmpty();
    }

    /** The last epoch, if any. */
    public Optional<EpochRecord> last() {
        return epochs.isEmpty() ? Optional.empty() : Optional.of(epochs.get(epochs.size() - 1));
    }

    /** The epoch with the highest validation accuracy, if any epoch has one (earliest on ties). */
    public Optional<EpochRecord> bestByValidationAccuracy() {
        EpochRecord best = null;
        for (EpochRecord e : epochs) {
            if (!Double.isNaN(e.validationAccuracy())
                    && (best == null || e.validationAccuracy() > best.validationAccuracy())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The sum of the epochs' durations, ignoring missing ones. */
    public double totalSeconds() {
        return epochs.stream().mapToDouble(EpochRecord::seconds).filter(s -> !Double.isNaN(s)).sum();
    }

    /** Whether any epoch has validation numbers. */
    public boolean hasValidation() {
        return epochs.stream().anyMatch(EpochRecord::hasValidation);
    }

    // ---------------------------------------------------------------- JSON

    /** The curve as pretty-printed JSON. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject().name("name").value(name).name("epochs").beginArray();
            for (EpochRecord e : epochs) {
                json.beginObject().name(JSON_FIELDS[0]).value(e.epoch());
                double[] values = values(e);
                for (int i = 0; i < values.length; i++) {
                    json.name(JSON_FIELDS[i + 1]);
                    if (Double.isNaN(values[i])) {
                        json.nullValue();
                    } else {
                        json.value(values[i]);
                    }
                }
                json.endObject();
            }
            json.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads a curve from its JSON form; {@code source} names the input in error messages. */
    public static LearningCurve fromJson(String json, String source) {
        try {
            JsonObject root = JsonParser.parseString(json).getAsJsonObject();
            JsonElement nameElement = root.get("name");
            JsonElement epochsElement = root.get("epochs");
            if (nameElement == null || epochsElement == null || !epochsElement.isJsonArray()) {
                throw new IllegalArgumentException(
                        source + ": a learning curve needs a \"name\" and an \"epochs\" array");
            }
            JsonArray array = epochsElement.getAsJsonArray();
            List<EpochRecord> epochs = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                epochs.add(epochFromJson(array.get(i).getAsJsonObject(), source, i));
            }
            return of(nameElement.getAsString(), epochs);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(source + ": not a learning curve JSON document: " + e.getMessage(), e);
        }
    }

    /** Writes the JSON form to a file, creating parent directories. */
    public void writeJson(Path file) throws IOException {
        write(file, toJson());
    }

    /** Reads a curve from a JSON file. */
    public static LearningCurve readJson(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    private static EpochRecord epochFromJson(JsonObject object, String source, int position) {
        double[] values = new double[JSON_FIELDS.length];
        for (int i = 0; i < JSON_FIELDS.length; i++) {
            JsonElement element = object.get(JSON_FIELDS[i]);
            values[i] = element == null || element.isJsonNull() ? Double.NaN : element.getAsDouble();
        }
        if (Double.isNaN(values[0]) || values[0] != Math.rint(values[0])) {
            throw new IllegalArgumentException(
                    source + ": epoch entry " + position + " has no integer \"epoch\" field");
        }
        return build(values, source, "epoch entry " + position);
    }

    // ---------------------------------------------------------------- CSV

    /** The curve as CSV with the {@link #CSV_HEADER} header. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (EpochRecord e : epochs) {
            sb.append(e.epoch());
            for (double value : values(e)) {
                sb.append(',');
                if (!Double.isNaN(value)) {
                    sb.append(value);
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Reads a curve named {@code name} from its CSV form; {@code source} names the input in errors. */
    public static LearningCurve fromCsv(String name, String csv, String source) {
        String[] lines = csv.split("\\R");
        if (lines.length == 0 || !lines[0].trim().equals(CSV_HEADER)) {
            throw new IllegalArgumentException(
                    source + ": line 1 must be the header '" + CSV_HEADER + "'");
        }
        List<EpochRecord> epochs = new ArrayList<>();
        for (int line = 1; line < lines.length; line++) {
            if (lines[line].isBlank()) {
                continue;
            }
            String[] cells = lines[line].split(",", -1);
            String where = "line " + (line + 1);
            if (cells.length != JSON_FIELDS.length) {
                throw new IllegalArgumentException(
                        source + ", " + where + ": expected " + JSON_FIELDS.length + " cells but found " + cells.length);
            }
            double[] values = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i].trim();
                try {
                    values[i] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            source + ", " + where + ": column " + CSV_HEADER.split(",")[i] + " is not a number: '" + cell + "'",
                            e);
                }
            }
            if (Double.isNaN(values[0]) || values[0] != Math.rint(values[0])) {
                throw new IllegalArgumentException(source + ", " + where + ": epoch must be an integer");
            }
            epochs.add(build(values, source, where));
        }
        try {
            return of(name, epochs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** Writes the CSV form to a file, creating parent directories. */
    public void writeCsv(Path file) throws IOException {
        write(file, toCsv());
    }

    /** Reads a curve from a CSV file, named after the file without its extension. */
    public static LearningCurve readCsv(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return readCsv(file, dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    /** Reads a curve named {@code name} from a CSV file. */
    public static LearningCurve readCsv(Path file, String name) throws IOException {
        return fromCsv(name, Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    // ---------------------------------------------------------------- shared

    /** The values of one column across epochs (NaN where missing), e.g. for plotting. */
    public double[] column(ToDoubleFunction<EpochRecord> column) {
        return epochs.stream().mapToDouble(column).toArray();
    }

    private static double[] values(EpochRecord e) {
        return new double[] {
            e.trainLoss(), e.trainAccuracy(), e.validationLoss(), e.validationAccuracy(), e.learningRate(), e.seconds()
        };
    }

    private static EpochRecord build(double[] v, String source, String where) {
        try {
            return new EpochRecord((int) v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ", " + where + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFile.writeString(file, text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearningCurve
                && ((LearningCurve) o).name.equals(name)
                && ((LearningCurve) o).epochs.equals(epochs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, epochs);
    }

    @Override
    public String toString() {
        return "LearningCurve[" + name + ", " + epochs.size() + " epochs]";
    }
}
