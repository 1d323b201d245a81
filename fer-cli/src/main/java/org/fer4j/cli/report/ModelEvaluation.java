package org.fer4j.cli.report;

import java.util.Objects;
import java.util.Optional;
import org.fer4j.core.ModelCard;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.curve.LearningCurve;
import org.fer4j.models.ModelSpec;

/**
 * What one saved model scored on the FER2013 splits, with its architecture and, when its directory
 * holds one, its learning curve.
 *
 * @param name the model's name in tables and charts (its directory name)
 * @param spec the architecture
 * @param card the model's provenance (zoo variant, epochs, training time)
 * @param parameters the number of trainable and running-statistics values in the network
 * @param train metrics on the (sampled) Training faces
 * @param validation metrics on PublicTest, the split used for model selection
 * @param test metrics on the held-out test split, or null when the data has none
 * @param curve the training history, or null when the model directory holds none
 */
public record ModelEvaluation(
        String name,
        ModelSpec spec,
        ModelCard card,
        long parameters,
        ClassificationMetrics train,
        ClassificationMetrics validation,
        ClassificationMetrics test,
        LearningCurve curve) {

    /** Validates that the required parts are present. */
    public ModelEvaluation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
    }

    /** The test metrics, when the data has a test split. */
    public Optional<ClassificationMetrics> testMetrics() {
        return Optional.ofNullable(test);
    }

    /** The learning curve, when the model directory holds one. */
    public Optional<LearningCurve> learningCurve() {
        return Optional.ofNullable(curve);
    }

    /** The held-out metrics to report per class: test when available, else validation. */
    public ClassificationMetrics reported() {
        return test != null ? test : validation;
    }

    /** Epochs trained: from the model card, else the length of the learning curve, else 0 (unknown). */
    public int epochsTrained() {
        if (card.epochs() > 0) {
            return card.epochs();
        }
        return curve == null ? 0 : curve.size();
    }

    /** A short description of the architecture, e.g. {@code "CNN + LSTM"} or {@code "CNN + attention"}. */
    public String architecture() {
        String cnn = spec.attention() ? "CNN + attention" : "CNN";
        switch (spec.temporal()) {
            case LSTM:
                return cnn + " + LSTM";
            case GRU:
                return cnn + " + GRU";
            default:
                return cnn;
        }
    }
}
