package org.fer4j.metrics;

import java.util.Arrays;
import java.util.Objects;
import org.fer4j.core.LabelSet;

/**
 * A streaming, thread-safe builder of a {@link ConfusionMatrix}: add (true, predicted) pairs batch
 * by batch, then take a {@link #snapshot()}. A batch is validated before any of it is counted, so a
 * rejected batch leaves the counts unchanged.
 */
public final class ConfusionMatrixAccumulator {

    private final LabelSet labels;
    private final long[][] counts;

    /** Creates an empty accumulator over the classes of {@code labels}. */
    public ConfusionMatrixAccumulator(LabelSet labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.counts = new long[labels.size()][labels.size()];
    }

    /** The classes being counted. */
    public LabelSet labels() {
        return labels;
    }

    /** Counts one sample of true class {@code trueIndex} predicted as {@code predictedIndex}. */
    public synchronized void add(int trueIndex, int predictedIndex) {
        checkIndex("True", trueIndex, 0);
        checkIndex("Predicted", predictedIndex, 0);
        counts[trueIndex][predictedIndex]++;
    }

    /** Counts a batch of paired true and predicted class indices. */
    public void addAll(int[] truth, int[] predicted) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(predicted, "predicted");
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(
                    "Batch has " + truth.length + " true labels but " + predicted.length + " predictions");
        }
        for (int i = 0; i < truth.length; i++) {
            checkIndex("True", truth[i], i);
            checkIndex("Predicted", predicted[i], i);
        }
        synchronized (this) {
            for (int i = 0; i < truth.length; i++) {
                counts[truth[i]][predicted[i]]++;
            }
        }
    }

    /**
     * Counts a batch of true class indices against per-class scores (logits or probabilities), one
     * row per sample; the prediction is the {@link ClassRanking#argMax arg-max} of each row.
     */
    public void addScores(int[] truth, float[][] scores) {
        Objects.requireNonNull(scores, "scores");
        int[] predicted = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == null || scores[i].length != labels.size()) {
                throw new IllegalArgumentException(
                        "Sample "
                                + i
                                + " has "
                                + (scores[i] == null ? 0 : scores[i].length)
                                + " scores; expected one per class of ["
                                + labels
                                + "]");
            }
            predicted[i] = ClassRanking.argMax(scores[i], i);
        }
        addAll(truth, predicted);
    }

    /** Adds every count of a matrix over the same label set (e.g. from another shard). */
    public synchronized void addAll(ConfusionMatrix matrix) {
        if (!labels.equals(matrix.labels())) {
            throw new IllegalArgumentException(
                    "Cannot add a confusion matrix over [" + matrix.labels() + "] to an accumulator over [" + labels + "]");
        }
        for (int t = 0; t < counts.length; t++) {
            for (int p = 0; p < counts.length; p++) {
                counts[t][p] += matrix.count(t, p);
            }
        }
    }

    /** The number of samples counted so far. */
    public synchronized long total() {
        long sum = 0;
        for (long[] row : counts) {
            for (long c : row) {
                sum += c;
            }
        }
        return sum;
    }

    /** An immutable copy of the counts so far. */
    public synchronized ConfusionMatrix snapshot() {
        return ConfusionMatrix.of(labels, counts);
    }

    /** Forgets every sample counted so far. */
    public synchronized void reset() {
        for (long[] row : counts) {
            Arrays.fill(row, 0);
        }
    }

    private void checkIndex(String which, int index, int position) {
        if (index < 0 || index >= counts.length) {
            throw new IllegalArgumentException(
                    which
                            + " class index "
                            + index
                            + " at batch position "
                            + position
                            + " is outside 0.."
                            + (counts.length - 1)
                            + " of ["
                            + labels
                            + "]");
        }
    }
}
