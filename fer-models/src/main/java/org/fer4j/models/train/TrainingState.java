package org.fer4j.models.train;

import org.fer4j.metrics.curve.EpochRecord;
import java.util.List;

/**
 * The bookkeeping a checkpoint stores besides weights and optimizer moments, so a resumed run
 * knows where it was.
 *
 * @param epochsDone completed epochs
 * @param bestAccuracy best validation accuracy so far (NaN before any validation)
 * @param bestEpoch epoch of the best validation accuracy (0 if none)
 * @param epochsWithoutImprovement epochs since the best, for early stopping
 * @param curve the learning curve so far
 * @param fingerprint a description of the model and plan; resuming under a different one is refused
 */
public record TrainingState(
        int epochsDone,
        double bestAccuracy,
        int bestEpoch,
        int epochsWithoutImprovement,
        List<EpochRecord> curve,
        String fingerprint) {

    /** Copies the curve. */
    public TrainingState {
        curve = List.copyOf(curve);
    }

    /** The state before the first epoch. */
    static TrainingState initial(String fingerprint) {
        return new TrainingState(0, Double.NaN, 0, 0, List.of(), fingerprint);
    }
}
