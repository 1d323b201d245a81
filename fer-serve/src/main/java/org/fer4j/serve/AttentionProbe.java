package org.fer4j.serve;

import java.util.Optional;
import org.fer4j.core.AttentionMap;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.GrayImage;
import org.fer4j.inference.OnnxEmotionModel;

/** Where a model looked for a face, for models with spatial attention (e.g. {@code cnn-attention}). */
@FunctionalInterface
interface AttentionProbe {

    /** The attention map of one face crop, or empty when the model has none. */
    Optional<AttentionMap> attention(GrayImage face);

    /** The probe of {@code model}, or empty when it has no attention (checked once, on a blank face). */
    static Optional<AttentionProbe> of(EmotionModel model) {
        if (!(model instanceof OnnxEmotionModel onnx)) {
            return Optional.empty();
        }
        int side = onnx.inputSide();
        boolean has = onnx.explain(GrayImage.ofOwned(side, side, new float[side * side])).attention().isPresent();
        return has ? Optional.of(face -> onnx.explain(face).attention()) : Optional.empty();
    }
}
