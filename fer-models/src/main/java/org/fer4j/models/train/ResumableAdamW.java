package org.fer4j.models.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * Adam with decoupled weight decay (AdamW, beta1 0.9, beta2 0.999), resumable: its two moment
 * estimates per parameter are saved in checkpoints.
 */
public final class ResumableAdamW extends ResumableOptimizer {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    /**
     * Creates the optimizer.
     *
     * @param stateManager manager owning the moment arrays (close it to free them)
     * @param weightDecay decoupled weight decay
     * @param learningRate initial learning rate
     */
    public ResumableAdamW(NDManager stateManager, float weightDecay, float learningRate) {
        super(stateManager, 2, weightDecay, learningRate);
    }

    @Override
    protected void apply(NDArray weight, NDArray grad, NDArray[] moments, int step, float learningRate) {
        double coef1 = 1.0 - Math.pow(BETA1, step);
        double coef2 = 1.0 - Math.pow(BETA2, step);
        float biasCorrected = (float) (learningRate * Math.sqrt(coef2) / coef1);
        weight.getNDArrayInternal()
                .adamUpdate(
                        new NDList(weight, grad, moments[0], moments[1]),
                        new NDList(weight),
                        learningRate,
                        biasCorrected,
                        getWeightDecay(),
                        rescaleGrad,
                        clipGrad,
                        BETA1,
                        BETA2,
                        EPSILON,
                        true,
                        true);
    }
}
