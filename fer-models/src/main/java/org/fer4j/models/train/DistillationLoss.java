package org.fer4j.models.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * The distillation objective: a label loss on the first label array plus the temperature-scaled KL
 * divergence from the teacher's softened distribution (the second label array, (N, K)) to the
 * student's logits (the first prediction) softened at the same temperature.
 */
final class DistillationLoss extends Loss {

    private final Loss labelLoss;
    private final float temperature;
    private final float weight;

    DistillationLoss(Loss labelLoss, float temperature, float weight) {
        super("distillation");
        this.labelLoss = labelLoss;
        this.temperature = temperature;
        this.weight = weight;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray hard = labelLoss.evaluate(new NDList(labels.get(0)), predictions);
        NDArray teacher = labels.get(1);
        NDArray studentLog = predictions.head().div(temperature).logSoftmax(1);
        NDArray teacherLog = teacher.clip(1e-12f, 1f).log();
        NDArray kl = teacher.mul(teacherLog.sub(studentLog)).sum(new int[] {1}).mean();
        return hard.mul(1 - weight).add(kl.mul(weight * temperature * temperature));
    }
}
