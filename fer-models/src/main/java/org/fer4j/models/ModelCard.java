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
        String created) {

    /** Reads the card of a model saved in {@code dir} without loading its weights. */
    public static ModelCard read(Path dir) throws IOException {
        return ModelFiles.read(dir).card();
    }

    /** The card of an untrained model built in code. */
    public static ModelCard untrained(String variant) {
        return new ModelCard("untrained", variant, "", "", "", 0, 0, 0, Double.NaN, 0, "", "");
    }
}
