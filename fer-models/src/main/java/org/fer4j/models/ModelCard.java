package org.fer4j.models;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a trained model came from, stored beside its weights: what it is, what it was trained on,
 * the exact command and seed that reproduce it, how long it took and what it scored.
 *
 * @param name short model name, e.g. {@code "fer4j-default"}
 * @param variant the zoo variant id or {@code "custom"}
 * @param trainingData the data and split trained on
 * @param validationData the data and split used for model selection
 * @param command the command that reproduces the training
 * @param seed the training seed
 * @param epochs epochs trained
 * @param bestEpoch the epoch whose weights were kept
 * @param validationAccuracy accuracy on the validation data at the best epoch
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

    /** The card as JSON, the form it has inside {@code model.json}. */
    public String toJson() {
        return ModelFiles.cardToJson(this);
    }

    /** Reads a card written by {@link #toJson()}. */
    public static ModelCard fromJson(String json) {
        return ModelFiles.cardFromJson(json);
    }

    /** Reads the card of a model saved in {@code dir} without loading its weights. */
    public static ModelCard read(Path dir) throws IOException {
        return ModelFiles.read(dir).card();
    }

    /** The card of an untrained model built in code. */
    public static ModelCard untrained(String variant) {
        return beforeTraining("untrained", variant, "", "", "", Double.NaN);
    }
}
