package org.fer4j.models.train;

/**
 * What one training epoch achieved: the row of a learning curve.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean training loss (with augmentation, dropout and smoothing on)
 * @param trainAccuracy training accuracy over the epoch's batches
 * @param validationLoss mean cross-entropy on the validation set, NaN without one
 * @param validationAccuracy accuracy on the validation set, NaN without one
 * @param learningRate learning rate at the end of the epoch
 * @param seconds wall time of the epoch including validation
 */
public record EpochResult(
        int epoch,
        double trainLoss,
        double trainAccuracy,
        double validationLoss,
        double validationAccuracy,
        double learningRate,
        double seconds) {}
