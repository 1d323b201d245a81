package org.fer4j.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** The probability a model gives each class of its label set for one face or clip. */
public final class EmotionScores {

    private final LabelSet labels;
    private final float[] probabilities;

    private EmotionScores(LabelSet labels, float[] probabilities) {
        this.labels = labels;
        this.probabilities = probabilities;
    }

    /**
     * Wraps probabilities in class-index order; they must be finite, non-negative and sum to one
     * (within 1e-3).
     */
    public static EmotionScores of(LabelSet labels, float[] probabilities) {
        if (probabilities.length != labels.size()) {
            throw new IllegalArgumentException(
                    "Expected "
                            + labels.size()
                            + " probabilities for ["
                            + labels
                            + "] but got "
                            + probabilities.length);
        }
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            float p = probabilities[i];
            if (!Float.isFinite(p) || p < 0) {
                throw new IllegalArgumentException(
                        "Probability of " + labels.get(i) + " is " + p + "; expected a finite value >= 0");
            }
            sum += p;
        }
        if (Math.abs(sum - 1) > 1e-3) {
            throw new IllegalArgumentException("Probabilities sum to " + sum + ", not 1");
        }
        return new EmotionScores(labels, probabilities.clone());
    }

    /**
     * Wraps non-negative weights (e.g. float32 softmax output, which may sum to 1 +- 1e-6) after
     * scaling them to sum to exactly one.
     */
    public static EmotionScores normalizing(LabelSet labels, float[] weights) {
        double sum = 0;
        for (float w : weights) {
            sum += w;
        }
        if (!(sum > 0) || Double.isInfinite(sum)) {
            throw new IllegalArgumentException("Scores must have a finite positive sum, got " + sum);
        }
        float[] p = new float[weights.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (weights[i] / sum);
        }
        return of(labels, p);
    }

    /** Turns raw logits into scores with a numerically stable softmax. */
    public static EmotionScores fromLogits(LabelSet labels, float[] logits) {
        float max = Float.NEGATIVE_INFINITY;
        for (float logit : logits) {
            if (Float.isNaN(logit)) {
                throw new IllegalArgumentException("Model produced a NaN logit");
            }
            max = Math.max(max, logit);
        }
        float[] p = new float[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = (float) Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= (float) sum;
        }
        return of(labels, p);
    }

    /** The label set these scores are over. */
    public LabelSet labels() {
        return labels;
    }

    /** The probability of an emotion; 0 when the label set does not contain it. */
    public float probability(Emotion emotion) {
        int index = labels.indexOf(emotion);
        return index < 0 ? 0f : probabilities[index];
    }

    /** The probability at a class index. */
    public float probability(int classIndex) {
        labels.get(classIndex);
        return probabilities[classIndex];
    }

    /** The class index with the highest probability (the lowest index on ties). */
    public int topIndex() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The most probable emotion. */
    public Emotion top() {
        return labels.get(topIndex());
    }

    /**
     * How undecided these scores are: the Shannon entropy of the probabilities divided by its
     * maximum {@code ln K}, so 0 when one class has all the probability and 1 when all K classes are
     * equally likely (0 for a single-class label set). Softmax models always name a top emotion,
     * even for a blank or non-face input; a high entropy is how such input shows.
     */
    public double entropy() {
        if (probabilities.length < 2) {
            return 0;
        }
        double h = 0;
        for (float p : probabilities) {
            if (p > 0) {
                h -= p * Math.log(p);
            }
        }
        return Math.min(1, Math.max(0, h / Math.log(probabilities.length)));
    }

    /** The highest probability minus the second highest, in [0, 1]: small when two emotions compete. */
    public double margin() {
        float first = 0;
        float second = 0;
        for (float p : probabilities) {
            if (p > first) {
                second = first;
                first = p;
            } else if (p > second) {
                second = p;
            }
        }
        return first - second;
    }

    /**
     * Whether the model is decided enough to act on: {@link #entropy()} at most {@code maxEntropy}
     * (in [0, 1]; e.g. 0.5). Callers that score raw face crops (no face detector to reject blanks)
     * should check it before trusting {@link #top()}.
     */
    public boolean isConfident(double maxEntropy) {
        if (!(maxEntropy >= 0 && maxEntropy <= 1)) {
            throw new IllegalArgumentException("maxEntropy must be in [0, 1], got " + maxEntropy);
        }
        return entropy() <= maxEntropy;
    }

    /** A copy of the probabilities in class-index order. */
    public float[] toArray() {
        return probabilities.clone();
    }

    /** The probabilities keyed by emotion, in class-index order. */
    public Map<Emotion, Float> asMap() {
        Map<Emotion, Float> map = new LinkedHashMap<>();
        for (int i = 0; i < probabilities.length; i++) {
            map.put(labels.get(i), probabilities[i]);
        }
        return map;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < probabilities.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(labels.get(i).label()).append('=').append(String.format("%.3f", probabilities[i]));
        }
        return sb.toString();
    }
}
