package org.fer4j.inference;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Where an exported model came from, as fer4j's exporter stored it in the ONNX metadata: what it
 * is, what it was trained on, the exact command and seed that reproduce it and what it scored. The
 * fields are those of fer-models' {@code ModelCard}.
 *
 * @param name short model name, e.g. {@code "fer4j-default"}
 * @param variant the zoo variant id or {@code "custom"}
 * @param trainingData the data and split trained on
 * @param validationData the data and split used for model selection
 * @param command the command that reproduces the training
 * @param seed the training seed
 * @param epochs epochs trained
 * @param bestEpoch the epoch whose weights were kept
 * @param validationAccuracy accuracy on the validation data at the best epoch (NaN when untrained)
 * @param trainingMinutes wall time of the training
 * @param machine what it was trained on
 * @param created ISO date of creation
 */
public record OnnxModelCard(
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

    /** Parses the card JSON of the metadata; {@code source} names the file in messages. */
    static OnnxModelCard parse(String json, String source) {
        try {
            OnnxModelCard card = new Gson().fromJson(json, OnnxModelCard.class);
            if (card == null || card.name() == null) {
                throw new IllegalArgumentException(source + " has an empty model card in its metadata");
            }
            return card;
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(source + " has a malformed model card in its metadata: "
                    + Messages.cap(e.getMessage()), e);
        }
    }
}
