package org.fer4j.models.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * Scales a step's gradient down to a largest global L2 norm (over every trainable parameter at once,
 * as PyTorch's {@code clip_grad_norm_} does), so that one steep batch cannot throw SGD off its path.
 */
final class GradientNormClip {

    private final float maxNorm;

    /** @param maxNorm the largest global norm a step may use; must be > 0 */
    GradientNormClip(float maxNorm) {
        if (!(maxNorm > 0) || Float.isInfinite(maxNorm)) {
            throw new IllegalArgumentException("the largest gradient norm must be finite and > 0, got " + maxNorm);
        }
        this.maxNorm = maxNorm;
    }

    /**
     * Clips the gradients of the block's trainable parameters in place.
     *
     * @param scope the step's manager: the gradient views and their norms are attached to it and freed with it
     * @return the global norm before clipping
     */
    double apply(Block block, NDManager scope) {
        List<NDArray> gradients = new ArrayList<>();
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            NDArray weight = parameter.getValue().getArray();
            if (parameter.getValue().requiresGradient() && weight.hasGradient()) {
                NDArray gradient = weight.getGradient();
                gradient.attach(scope);
                gradients.add(gradient);
            }
        }
        return clip(gradients);
    }

    /** Scales the arrays in place so that their joint L2 norm is at most the limit; returns the norm before. */
    double clip(List<NDArray> gradients) {
        double squares = 0;
        for (NDArray gradient : gradients) {
            double norm = gradient.norm().getFloat();
            squares += norm * norm;
        }
        double norm = Math.sqrt(squares);
        if (norm > maxNorm) {
            float scale = (float) (maxNorm / (norm + 1e-6));
            gradients.forEach(gradient -> gradient.muli(scale));
        }
        return norm;
    }
}
