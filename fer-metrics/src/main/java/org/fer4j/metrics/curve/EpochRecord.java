package org.fer4j.metrics.curve;

/**
 * What one training epoch achieved. A value that was not measured (e.g. no validation split) is
 * {@link Double#NaN}; it is written as {@code null} in JSON and as an empty cell in CSV.
 *
 * @param epoch the 1-based epoch number
 * @param trainLoss the mean training loss over the epoch
 * @param trainAccuracy the training accuracy over the epoch, in [0, 1]
 * @param validationLoss the validation loss after the epoch
 * @param validationAccuracy the validation accuracy after the epoch, in [0, 1]
 * @param learningRate the learning rate in effect at the end of the epoch
 * @param seconds the wall-clock duration of the epoch, including validation
 */
public record EpochRecord(
        int epoch,
        double trainLoss,
        double trainAccuracy,
        double validationLoss,
        double validationAccuracy,
        double learningRate,
        double seconds) {

    /** Validates the epoch number and that values are NaN or finite, accuracies fractions. */
    public EpochRecord {
        if (epoch < 1) {
            throw new IllegalArgumentException("Epoch numbers start at 1, got " + epoch);
        }
        requireFiniteOrMissing(epoch, "train loss", trainLoss);
        requireFiniteOrMissing(epoch, "validation loss", validationLoss);
        requireFiniteOrMissing(epoch, "learning rate", learningRate);
        requireFiniteOrMissing(epoch, "seconds", seconds);
        requireFraction(epoch, "train accuracy", trainAccuracy);
        requireFraction(epoch, "validation accuracy", validationAccuracy);
    }

    /** Whether this epoch carries validation numbers. */
    public boolean hasValidation() {
        return !Double.isNaN(validationLoss) || !Double.isNaN(validationAccuracy);
    }

    private static void requireFiniteOrMissing(int epoch, String name, double value) {
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("The " + name + " of epoch " + epoch + " is " + value);
        }
    }

    private static void requireFraction(int epoch, String name, double value) {
        if (!Double.isNaN(value) && (value < 0 || value > 1)) {
            throw new IllegalArgumentException(
                    "The " + name + " of epoch " + epoch + " is " + value + "; expected a value in [0, 1] or NaN");
        }
    }
}
