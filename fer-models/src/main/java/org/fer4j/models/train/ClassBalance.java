package org.fer4j.models.train;

/** How the loss weighs classes of unequal size. */
public enum ClassBalance {
    /** Every face counts the same; rare classes count little in total. */
    NONE,
    /** Weight 1/sqrt(frequency), normalised to mean 1: a mild boost for rare classes. */
    SQRT_INVERSE_FREQUENCY,
    /** Weight 1/frequency, normalised to mean 1: every class counts the same in total. */
    INVERSE_FREQUENCY;

    /** The per-class weights for these class counts (classes with no sample get weight 0). */
    public float[] weights(int[] counts) {
        float[] weights = new float[counts.length];
        if (this == NONE) {
            java.util.Arrays.fill(weights, 1f);
            return weights;
        }
        double sum = 0;
        int present = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                weights[i] = (float) (this == INVERSE_FREQUENCY ? 1.0 / counts[i] : 1.0 / Math.sqrt(counts[i]));
                sum += weights[i];
                present++;
            }
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (weights[i] * present / sum);
        }
        return weights;
    }
}
