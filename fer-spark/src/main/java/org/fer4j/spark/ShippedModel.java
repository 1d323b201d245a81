package org.fer4j.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.fer4j.inference.OnnxEmotionModel;

/**
 * Which shipped emotion model a Spark job scores with: a zoo variant of fer-inference's jar, on ONNX
 * Runtime with flip averaging, exactly as {@link OnnxEmotionModel#pretrained(String)} loads it on one
 * machine. Small and serializable: it travels inside every task, and each executor loads the model
 * it names once ({@link ExecutorModels}).
 *
 * @param variant the zoo variant id, one of {@link OnnxEmotionModel#VARIANTS}
 */
record ShippedModel(String variant) implements Serializable {

    /** Refuses a variant that fer-inference does not ship, naming the shipped ones. */
    ShippedModel {
        OnnxEmotionModel.resource(variant);
    }

    /** The shipped default model. */
    static ShippedModel defaults() {
        return new ShippedModel(OnnxEmotionModel.DEFAULT_VARIANT);
    }

    /** This executor's instance of the model, loaded by the first task that asks ({@link ExecutorModels}). */
    OnnxEmotionModel onExecutor() {
        return ExecutorModels.shared(this, OnnxEmotionModel.class, () -> {
            try {
                return OnnxEmotionModel.pretrained(variant);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the emotion model " + variant + " on this executor", e);
            }
        });
    }
}
