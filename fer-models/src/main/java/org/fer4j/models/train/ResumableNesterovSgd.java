package org.fer4j.models.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Stochastic gradient descent with Nesterov momentum and L2 weight decay, as PyTorch's
 * {@code SGD(nesterov=True)} defines it (g = grad + wd w; v = mu v + g; w -= lr (g + mu v)),
 * resumable: its momentum buffer per parameter is saved in checkpoints. (DJL's PyTorch engine does
 * not implement its {@code nagUpdate}.)
 */
public final class ResumableNesterovSgd extends ResumableOptimizer {

    private final float momentum;

    /**
     * Creates the optimizer.
     *
     * @param stateManager manager owning the momentum arrays (close it to free them)
     * @param weightDecay L2 weight decay added to the gradient
     * @param learningRate initial learning rate
     * @param momentum momentum in [0, 1)
     */
    public ResumableNesterovSgd(NDManager stateManager, float weightDecay, float learningRate, float momentum) {
        super(stateManager, 1, weightDecay, learningRate);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        this.momentum = momentum;
    }

    @Override
    protected void apply(NDArray weight, NDArray grad, NDArray[] velocity, int step, float learningRate) {
        try (NDArray g = grad.mul(rescaleGrad)) {
            if (getWeightDecay() != 0) {
                try (NDArray decay = weight.mul(getWeightDecay())) {
                    g.addi(decay);
                }
            }
            velocity[0].muli(momentum).addi(g);
            try (NDArray lookAhead = velocity[0].mul(momentum)) {
                lookAhead.addi(g).muli(learningRate);
                weight.subi(lookAhead);
            }
        }
    }
}
