package org.fer4j.core;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * Where a trained model came from, written by the trainer beside its weights and by the exporter
 * into the ONNX metadata: what it is, what it was trained on, the exact command and seed that
 * reproduce it, how long it took and what it scored. A number not known (an untrained model's
 * accuracy) is NaN here and {@code null} in the JSON, so the JSON is strict and any parser reads it.
 *
 * @param name short model name, e.g. {@code "fer4j-default"}
 * @param variant the zoo variant id or {@code "custom"}
 * @param trainingData the data and split trained on
 * @param validationData the data and split used for model selection
 * @param command the command that reproduces the training
 * @param seed the training seed
 * @param epochs epochs trained
 * @param bestEpoch the epoch whose weights were kept
 * @param validationAccuracy accuracy on the validation data at the best epoch (NaN when not measured)
 * @param trainingMinutes wall time of the training
 * @param machine what it was trained on
 * @param created ISO date of creation
 * @param plan the training recipe and hyper-parameters, as the trainer states them
 * @param megaFlopsPerFace floating-point operations of one forward pass over one face, in millions
 * @param validationAccuracyWithFlip accuracy on the validation data at the best epoch with test-time
 *     flip averaging (NaN when not measured)
 */
public record ModelCard(
        String name,
        String variant,
        String trainingData,
        String validationData,
        String command,
        long seed,
        int epochs,
        int bestEpoch,
        double validationAccuracy,
        double trainingMinutes,
        String machine,
        String created,
        String plan,
        double megaFlopsPerFace,
        double validationAccuracyWithFlip) {

    /** A card of the first format, without plan, FLOPs and test-time-augmented accuracy. */
    public ModelCard(String name, String variant, String trainingData, String validationData, String command,
            long seed, int epochs, int bestEpoch, double validationAccuracy, double trainingMinutes, String machine,
            String created) {
        this(name, variant, trainingData, validationData, command, seed, epochs, bestEpoch, validationAccuracy,
                trainingMinutes, machine, created, "", Double.NaN, Double.NaN);
    }

    /**
     * What a caller knows before training, for {@code FerTrainer.Builder#optModelCard}: the trainer fills in
     * seed, plan, epochs, best epoch, accuracies, time, machine and date.
     */
    public static ModelCard beforeTraining(String name, String variant, String trainingData, String validationData,
            String command, double megaFlopsPerFace) {
        return new ModelCard(name, variant, trainingData, validationData, command, 0, 0, 0, Double.NaN, 0, "", "",
                "", megaFlopsPerFace, Double.NaN);
    }

    /** This card with the facts of a training run. */
    public ModelCard afterTraining(long runSeed, String runPlan, int runEpochs, int runBestEpoch, double accuracy,
            double accuracyWithFlip, double minutes, String runMachine, String date) {
        return new ModelCard(name, variant, trainingData, validationData, command, runSeed, runEpochs, runBestEpoch,
                accuracy, minutes, runMachine, date, runPlan, megaFlopsPerFace, accuracyWithFlip);
    }

    /** The card as strict, pretty-printed JSON (unknown numbers as {@code null}). */
    public String toJson() {
        return JSON.toJson(this);
    }

    /**
     * Reads a card written by {@link #toJson()}, by an older fer4j that wrote unknown numbers as
     * {@code NaN}, or of the first format (without plan, FLOPs and flip accuracy: NaN for them).
     *
     * @throws IllegalArgumentException when the text is not a card, naming the problem
     */
    public static ModelCard fromJson(String json) {
        try {
            JsonObject object = JSON.fromJson(json, JsonObject.class);
            if (object == null || !object.has("name")) {
                throw new IllegalArgumentException("not a model card (no \"name\"): " + BadInputException.quote(json));
            }
            ModelCard card = JSON.fromJson(object, ModelCard.class);
            if (object.has("validationAccuracyWithFlip")) {
                return card;
            }
            return new ModelCard(card.name(), card.variant(), card.trainingData(), card.validationData(), card.command(),
                    card.seed(), card.epochs(), card.bestEpoch(), card.validationAccuracy(), card.trainingMinutes(),
                    card.machine(), card.created());
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("malformed model card JSON: " + BadInputException.quote(
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** The card of an untrained model built in code. */
    public static ModelCard untrained(String variant) {
        return beforeTraining("untrained", variant, "", "", "", Double.NaN);
    }

    private static final Gson JSON = new GsonBuilder()
            .setPrettyPrinting()
            .serializeNulls()
            .registerTypeAdapter(double.class, new UnknownAsNull())
            .registerTypeAdapter(Double.class, new UnknownAsNull())
            .create();

    /** Doubles with NaN and infinities written as {@code null}; {@code null} and {@code NaN} read as NaN. */
    private static final class UnknownAsNull extends TypeAdapter<Double> {
        @Override
        public void write(JsonWriter out, Double value) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                out.nullValue();
            } else {
                out.value(value);
            }
        }

        @Override
        public Double read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return Double.NaN;
            }
            return in.nextDouble();
        }
    }
}
