package org.fer4j.metrics;

import java.util.Objects;

/**
 * A streaming, thread-safe top-k accuracy: the fraction of samples whose true class is among the
 * {@code k} highest scores (ties ranked as in {@link ClassRanking}). Without samples it is 0.
 */
public final class TopKAccuracy {

    private final int k;
    private long hits;
    private long total;

    /** Creates an empty accumulator for the given {@code k >= 1}. */
    public TopKAccuracy(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("Top-k accuracy needs k >= 1, got " + k);
        }
        this.k = k;
    }

    /** The number of top-ranked classes that count as a hit. */
    public int k() {
        return k;
    }

    /** Adds one sample: its scores per class and its true class index. */
    public void add(float[] scores, int label) {
        addAll(new float[][] {scores}, new int[] {label});
    }

    /**
     * Adds a batch of per-class scores (logits or probabilities; only the order matters), one row
     * per sample, with the true class index of each.
     */
    public void addAll(float[][] scores, int[] labels) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(labels, "labels");
        if (scores.length != labels.length) {
            throw new IllegalArgumentException(
                    "Batch has " + scores.length + " score rows but " + labels.length + " labels");
        }
        long batchHits = 0;
        for (int i = 0; i < scores.length; i++) {
            if (ClassRanking.rankOf(scores[i], labels[i], i) < k) {
                batchHits++;
            }
        }
        synchronized (this) {
            hits += batchHits;
            total += scores.length;
        }
    }

    /** The number of samples whose true class ranked within the top {@code k}. */
    public synchronized long hits() {
        return hits;
    }

    /** The number of samples added. */
    public synchronized long total() {
        return total;
    }

    /** {@code hits / total}, or 0 when no sample was added. */
    public synchronized double accuracy() {
        return total == 0 ? 0.0 : (double) hits / total;
    }

    /** Forgets every sample added so far. */
    public synchronized void reset() {
        hits = 0;
        total = 0;
    }
}
