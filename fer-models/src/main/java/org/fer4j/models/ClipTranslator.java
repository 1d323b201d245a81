package org.fer4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.util.Optional;
import org.fer4j.core.AttentionMap;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionPrediction;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.models.nn.SpatialAttentionPool;

/**
 * DJL translator between a {@link Clip} of face frames and an {@link EmotionPrediction}: frames are
 * resized to the model's input side and stacked as (T, 1, S, S) in [0, 1]; logits become
 * probabilities, with the mirrored clip averaged in when flip averaging is on.
 */
public final class ClipTranslator implements Translator<Clip, EmotionPrediction> {

    private final LabelSet labels;
    private final int side;
    private final boolean flipAveraging;

    /**
     * Creates the translator.
     *
     * @param labels the model's classes
     * @param side the model's input side in pixels
     * @param flipAveraging whether to average the scores of the clip and its mirror image
     */
    public ClipTranslator(LabelSet labels, int side, boolean flipAveraging) {
        this.labels = labels;
        this.side = side;
        this.flipAveraging = flipAveraging;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Clip input) {
        Clip clip = fit(input);
        NDArray x = ctx.getNDManager().create(clip.toTensorData(), new Shape(clip.length(), 1, side, side));
        return flipAveraging ? new NDList(x.stack(x.flip(3))) : new NDList(x.expandDims(0));
    }

    @Override
    public EmotionPrediction processOutput(TranslatorContext ctx, NDList list) {
        NDArray probabilities = list.head().softmax(1);
        if (flipAveraging) {
            probabilities = probabilities.mean(new int[] {0}, true);
        }
        EmotionScores scores = EmotionScores.normalizing(labels, probabilities.toFloatArray());
        NDArray map = list.get(SpatialAttentionPool.ATTENTION);
        return new EmotionPrediction(scores, Optional.ofNullable(map).map(ClipTranslator::attention));
    }

    private static AttentionMap attention(NDArray map) {
        Shape shape = map.getShape();
        int frames = (int) shape.get(1);
        int cells = (int) (shape.get(2) * shape.get(3));
        float[] flat = map.get(0).toFloatArray();
        float[][] perFrame = new float[frames][cells];
        for (int t = 0; t < frames; t++) {
            System.arraycopy(flat, t * cells, perFrame[t], 0, cells);
        }
        return new AttentionMap((int) shape.get(2), perFrame);
    }

    /** Resizes frames that are not already at the model's input side. */
    Clip fit(Clip clip) {
        if (clip.width() == side && clip.height() == side) {
            return clip;
        }
        return Clip.of(clip.frames().stream().map(f -> f.resized(side, side)).toList());
    }

    /** One face as a model input of the right side. */
    GrayImage fit(GrayImage face) {
        return face.resized(side, side);
    }

    @Override
    public Batchifier getBatchifier() {
        return null;
    }
}
