package org.fer4j.cli.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.fer4j.core.AtomicFile;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.fer4j.metrics.report.JsonReportWriter;

/**
 * What one CK+ cross-validation fold produced: the confusion matrices of the per-frame CNN (scored
 * per sequence by the mean of its frames, and by its last frame alone) and of the CNN-RNN on clips,
 * plus the training accuracy of each network's last epoch. Saved as JSON after each fold, so an
 * interrupted run skips the folds it already finished.
 *
 * @param fold the fold number, from 0
 * @param testSubjects the number of subjects tested in this fold
 * @param trainSequences the number of training sequences
 * @param testSequences the number of test sequences
 * @param cnnFrameMean the per-frame CNN, each test sequence scored by the mean of its frames' scores
 * @param cnnLastFrame the per-frame CNN, each test sequence scored by its last frame
 * @param cnnRnn the CNN-RNN on the test sequences as clips
 * @param cnnTrainAccuracy the per-frame CNN's training accuracy in its last epoch
 * @param cnnRnnTrainAccuracy the CNN-RNN's training accuracy in its last epoch
 * @param seconds wall time of the fold
 */
public record FoldResult(
        int fold,
        int testSubjects,
        int trainSequences,
        int testSequences,
        ConfusionMatrix cnnFrameMean,
        ConfusionMatrix cnnLastFrame,
        ConfusionMatrix cnnRnn,
        double cnnTrainAccuracy,
        double cnnRnnTrainAccuracy,
        double seconds) {

    /** Validates that the matrices are present and count the fold's test sequences. */
    public FoldResult {
        Objects.requireNonNull(cnnFrameMean, "cnnFrameMean");
        Objects.requireNonNull(cnnLastFrame, "cnnLastFrame");
        Objects.requireNonNull(cnnRnn, "cnnRnn");
        for (ConfusionMatrix m : new ConfusionMatrix[] {cnnFrameMean, cnnLastFrame, cnnRnn}) {
            if (m.total() != testSequences) {
                throw new IllegalArgumentException("Fold " + fold + ": a confusion matrix counts " + m.total()
                        + " sequences but the fold tests " + testSequences);
            }
        }
    }

    /** The per-frame CNN's accuracy with frame-mean scoring. */
    public double cnnFrameMeanAccuracy() {
        return ClassificationMetrics.of(cnnFrameMean).accuracy();
    }

    /** The per-frame CNN's accuracy on last frames. */
    public double cnnLastFrameAccuracy() {
        return ClassificationMetrics.of(cnnLastFrame).accuracy();
    }

    /** The CNN-RNN's accuracy on clips. */
    public double cnnRnnAccuracy() {
        return ClassificationMetrics.of(cnnRnn).accuracy();
    }

    /** The JSON form, with the matrices in {@link JsonReportWriter}'s schema. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("fold", fold);
        json.addProperty("testSubjects", testSubjects);
        json.addProperty("trainSequences", trainSequences);
        json.addProperty("testSequences", testSequences);
        json.addProperty("cnnFrameMeanAccuracy", cnnFrameMeanAccuracy());
        json.addProperty("cnnLastFrameAccuracy", cnnLastFrameAccuracy());
        json.addProperty("cnnRnnAccuracy", cnnRnnAccuracy());
        addNumber(json, "cnnTrainAccuracy", cnnTrainAccuracy);
        addNumber(json, "cnnRnnTrainAccuracy", cnnRnnTrainAccuracy);
        json.addProperty("seconds", seconds);
        json.add("cnnFrameMean", JsonParser.parseString(JsonReportWriter.toJson(cnnFrameMean)));
        json.add("cnnLastFrame", JsonParser.parseString(JsonReportWriter.toJson(cnnLastFrame)));
        json.add("cnnRnn", JsonParser.parseString(JsonReportWriter.toJson(cnnRnn)));
        return json;
    }

    /** Writes the JSON form to a file, whole or not at all (a killed run leaves no torn fold to resume from). */
    public void write(Path file) throws IOException {
        AtomicFile.writeString(file, new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(toJson()) + "\n");
    }

    /** Reads a fold written by {@link #write(Path)}. */
    public static FoldResult read(Path file) throws IOException {
        String source = file.toString();
        try {
            JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            return new FoldResult(
                    json.get("fold").getAsInt(),
                    json.get("testSubjects").getAsInt(),
                    json.get("trainSequences").getAsInt(),
                    json.get("testSequences").getAsInt(),
                    matrix(json, "cnnFrameMean", source),
                    matrix(json, "cnnLastFrame", source),
                    matrix(json, "cnnRnn", source),
                    number(json, "cnnTrainAccuracy"),
                    number(json, "cnnRnnTrainAccuracy"),
                    json.get("seconds").getAsDouble());
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IOException(source + " is not a fold result (" + e + "); delete it to rerun the fold", e);
        }
    }

    private static ConfusionMatrix matrix(JsonObject json, String name, String source) {
        return JsonReportWriter.readConfusionMatrix(json.get(name).toString(), source + " / " + name);
    }

    private static void addNumber(JsonObject json, String name, double value) {
        if (Double.isNaN(value)) {
            json.add(name, JsonNull.INSTANCE);
        } else {
            json.addProperty(name, value);
        }
    }

    private static double number(JsonObject json, String name) {
        return json.get(name) == null || json.get(name).isJsonNull() ? Double.NaN : json.get(name).getAsDouble();
    }
}
