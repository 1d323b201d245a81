package org.fer4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionPrediction;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;

/**
 * DJL translator between a {@link Clip} of face frames and an {@link EmotionPrediction}, for DJL
 * tooling that wants a {@code Predictor}: it packs, flips and normalises through the same {@link
 * ClipInference} as {@link EmotionRecognizer#predict(Clip)}, so both give the same scores.
 */
public final class ClipTranslator implements Translator<Clip, EmotionPrediction> {

    private final LabelSet labels;
    private final ClipInference road;

    /**
     * Creates the translator.
     *
     * @param labels the model's classes
     * @param side the model's input side in pixels
     * @param flipAveraging whether to average the scores of the clip and its mirror image
     */
    public ClipTranslator(LabelSet labels, int side, boolean flipAveraging) {
        this.labels = labels;
        this.road = new ClipInference(null, side, flipAveraging);
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Clip input) {
        return new NDList(road.pack(ctx.getNDManager(), List.of(input)));
    }

    @Override
    public EmotionPrediction processOutput(TranslatorContext ctx, NDList list) {
        NDArray probabilities = road.probabilities(list, 1);
        return new EmotionPrediction(
                EmotionScores.normalizing(labels, probabilities.toFloatArray()), road.attention(list, 1).get(0));
    }

    @Override
    public Batchifier getBatchifier() {
        return null;
    }
}
