package org.fer4j.models.train;

import org.fer4j.metrics.curve.EpochRecord;

/** Receives each finished epoch, e.g. to draw a learning curve or update a UI. */
@FunctionalInterface
public interface EpochListener {

    /** Called after an epoch's validation and checkpoint. */
    void onEpoch(EpochRecord result);
}
