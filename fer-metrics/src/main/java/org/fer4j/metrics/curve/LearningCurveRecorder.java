package org.fer4j.metrics.curve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects {@link EpochRecord}s while a model trains; {@link #curve()} takes an immutable snapshot.
 * Thread-safe, so a training listener may record while another thread reports.
 */
public final class LearningCurveRecorder {

    private final String name;
    private final List<EpochRecord> epochs = new ArrayList<>();

    /** Creates an empty recorder for the model named {@code name}. */
    public LearningCurveRecorder(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Appends an epoch; its number must be greater than the previous one's. */
    public synchronized LearningCurveRecorder record(EpochRecord epoch) {
        Objects.requireNonNull(epoch, "epoch");
        if (!epochs.isEmpty() && epoch.epoch() <= epochs.get(epochs.size() - 1).epoch()) {
            throw new IllegalArgumentException(
                    "Epoch "
                            + epoch.epoch()
                            + " recorded after epoch "
                            + epochs.get(epochs.size() - 1).epoch()
                            + " for '"
                            + name
                            + "'; epochs must increase");
        }
        epochs.add(epoch);
        return this;
    }

    /** Appends an epoch given field by field (NaN for values not measured). */
    public LearningCurveRecorder record(
            int epoch,
            double trainLoss,
            double trainAccuracy,
            double validationLoss,
            double validationAccuracy,
            double learningRate,
            double seconds) {
        return record(new EpochRecord(
                epoch, trainLoss, trainAccuracy, validationLoss, validationAccuracy, learningRate, seconds));
    }

    /** The number of epochs recorded. */
    public synchronized int size() {
        return epochs.size();
    }

    /** An immutable copy of the epochs recorded so far. */
    public synchronized LearningCurve curve() {
        return LearningCurve.of(name, epochs);
    }
}
