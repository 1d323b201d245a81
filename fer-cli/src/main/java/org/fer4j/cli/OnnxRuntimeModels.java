package org.fer4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.EmotionEnsemble;
import org.fer4j.core.EmotionModel;
import org.fer4j.inference.OnnxEmotionModel;

/**
 * Models on ONNX Runtime (fer-inference): the shipped {@code .onnx} models, their ensemble, or an
 * {@code .onnx} file written by {@code fer4j export --onnx} or {@code scripts/export-onnx.sh}.
 */
final class OnnxRuntimeModels implements ModelRuntime {

    /** The shipped ensemble's members, as on the PyTorch runtime: the default and the raw-face cnn-rnn. */
    private static final List<String> ENSEMBLE_MEMBERS = List.of(OnnxEmotionModel.DEFAULT_VARIANT, "cnn-rnn");

    /** {@inheritDoc} A path names an {@code .onnx} file. */
    @Override
    public EmotionModel open(String model, boolean flip) throws IOException {
        if (OnnxEmotionModel.VARIANTS.contains(model)) {
            return shipped(model, flip);
        }
        return switch (model) {
            case DEFAULT -> shipped(OnnxEmotionModel.DEFAULT_VARIANT, flip);
            case ENSEMBLE -> EmotionEnsemble.open(ENSEMBLE_MEMBERS, variant -> shipped(variant, flip));
            default -> OnnxEmotionModel.builder().setModelPath(Path.of(model)).optFlipAveraging(flip).build();
        };
    }

    private static EmotionModel shipped(String variant, boolean flip) throws IOException {
        return OnnxEmotionModel.builder().setVariant(variant).optFlipAveraging(flip).build();
    }
}
