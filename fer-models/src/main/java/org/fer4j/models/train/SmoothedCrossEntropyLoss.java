package org.fer4j.models.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;

/**
 * Categorical cross-entropy on logits with optional label smoothing and per-class weights (to
 * counter class imbalance such as FER2013's 436 disgust faces). Reads the logits from the first
 * prediction, so models that also output attention maps or recurrent state work unchanged.
 */
public final class SmoothedCrossEntropyLoss extends Loss {

    private final float smoothing;
    private final float[] classWeights;

    /**
     * Creates the loss.
     *
     * @param smoothing label-smoothing mass in [0, 1): the true class gets 1 - smoothing + smoothing/K
     * @param classWeights weight per class, or null for equal weights
     */
    public SmoothedCrossEntropyLoss(float smoothing, float[] classWeights) {
        super("cross_entropy");
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new IllegalArgumentException("label smoothing must be in [0, 1), got " + smoothing);
        }
        this.smoothing = smoothing;
        this.classWeights = classWeights == null ? null : classWeights.clone();
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.head();
        int classes = (int) logits.getShape().get(1);
        NDArray label = labels.head().toType(DataType.INT32, false);
        NDArray logProbabilities = logits.logSoftmax(1);
        NDArray trueClass = label.oneHot(classes).toType(DataType.FLOAT32, false).mul(logProbabilities).sum(new int[] {1});
        NDArray perSample = trueClass.mul(1 - smoothing);
        if (smoothing > 0) {
            perSample = perSample.add(logProbabilities.mean(new int[] {1}).mul(smoothing));
        }
        perSample = perSample.neg();
        if (classWeights == null) {
            return perSample.mean();
        }
        NDArray weights = logits.getManager().create(classWeights).get(label);
        return perSample.mul(weights).sum().div(weights.sum());
    }
}
