package org.fer4j.metrics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.fer4j.core.LabelSet;

/**
 * An immutable count of how often each true class was predicted as each class, {@code
 * counts[true][predicted]} over a {@link LabelSet} (rows are the truth, columns the prediction, as
 * in scikit-learn; Tribuo uses the transpose).
 */
public final class ConfusionMatrix {

    private final LabelSet labels;
    private final long[][] counts;
    private final long total;

    private ConfusionMatrix(LabelSet labels, long[][] counts) {
        this.labels = labels;
        this.counts = counts;
        long sum = 0;
        for (long[] row : counts) {
            for (long c : row) {
                sum += c;
            }
        }
        this.total = sum;
    }

    /**
     * Wraps a square matrix of non-negative counts, {@code counts[true][predicted]}, one row and
     * column per class of {@code labels}; the array is copied.
     */
    public static ConfusionMatrix of(LabelSet labels, long[][] counts) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(counts, "counts");
        int n = labels.size();
        if (counts.length != n) {
            throw new IllegalArgumentException(
                    "Confusion matrix has " + counts.length + " rows but [" + labels + "] has " + n + " classes");
        }
        long[][] copy = new long[n][];
        for (int t = 0; t < n; t++) {
            if (counts[t] == null || counts[t].length != n) {
                throw new IllegalArgumentException(
                        "Row "
                                + t
                                + " ("
                                + labels.get(t)
                                + ") of the confusion matrix has "
                                + (counts[t] == null ? 0 : counts[t].length)
                                + " columns; expected "
                                + n);
            }
            for (int p = 0; p < n; p++) {
                if (counts[t][p] < 0) {
                    throw new IllegalArgumentException(
                            "Count at row " + t + ", column " + p + " is negative: " + counts[t][p]);
                }
            }
            copy[t] = counts[t].clone();
        }
        return new ConfusionMatrix(labels, copy);
    }

    /** A matrix with no samples. */
    public static ConfusionMatrix empty(LabelSet labels) {
        return new ConfusionMatrix(labels, new long[labels.size()][labels.size()]);
    }

    /** Counts paired true and predicted class indices in one go. */
    public static ConfusionMatrix fromPredictions(LabelSet labels, int[] truth, int[] predicted) {
        ConfusionMatrixAccumulator accumulator = new ConfusionMatrixAccumulator(labels);
        accumulator.addAll(truth, predicted);
        return accumulator.snapshot();
    }

    /** The classes of the rows and columns. */
    public LabelSet labels() {
        return labels;
    }

    /** The number of classes (rows and columns). */
    public int size() {
        return counts.length;
    }

    /** How many samples of true class {@code trueIndex} were predicted as {@code predictedIndex}. */
    public long count(int trueIndex, int predictedIndex) {
        return counts[checkIndex(trueIndex)][checkIndex(predictedIndex)];
    }

    /** The number of samples counted. */
    public long total() {
        return total;
    }

    /** The number of correctly classified samples (the diagonal). */
    public long correct() {
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += counts[i][i];
        }
        return sum;
    }

    /** The number of samples whose true class is {@code classIndex} (the row sum). */
    public long support(int classIndex) {
        long sum = 0;
        for (long c : counts[checkIndex(classIndex)]) {
            sum += c;
        }
        return sum;
    }

    /** The number of samples predicted as {@code classIndex} (the column sum). */
    public long predictedCount(int classIndex) {
        checkIndex(classIndex);
        long sum = 0;
        for (long[] row : counts) {
            sum += row[classIndex];
        }
        return sum;
    }

    /** Samples of the class predicted as the class. */
    public long truePositives(int classIndex) {
        return counts[checkIndex(classIndex)][classIndex];
    }

    /** Samples of other classes predicted as the class. */
    public long falsePositives(int classIndex) {
        return predictedCount(classIndex) - truePositives(classIndex);
    }

    /** Samples of the class predicted as another class. */
    public long falseNegatives(int classIndex) {
        return support(classIndex) - truePositives(classIndex);
    }

    /** Samples of other classes not predicted as the class. */
    public long trueNegatives(int classIndex) {
        return total - truePositives(classIndex) - falsePositives(classIndex) - falseNegatives(classIndex);
    }

    /** A copy of the counts, {@code [true][predicted]}. */
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /**
     * Each row divided by its support, so entry {@code [t][p]} is the fraction of class {@code t}
     * predicted as {@code p} and the diagonal holds the per-class recall. A class with no samples
     * has a row of zeros (never NaN).
     */
    public double[][] rowNormalized() {
        double[][] normalized = new double[counts.length][counts.length];
        for (int t = 0; t < counts.length; t++) {
            long support = support(t);
            if (support == 0) {
                continue;
            }
            for (int p = 0; p < counts.length; p++) {
                normalized[t][p] = (double) counts[t][p] / support;
            }
        }
        return normalized;
    }

    /** The element-wise sum with a matrix over the same label set (e.g. folds or shards). */
    public ConfusionMatrix plus(ConfusionMatrix other) {
        if (!labels.equals(other.labels)) {
            throw new IllegalArgumentException(
                    "Cannot add a confusion matrix over [" + other.labels + "] to one over [" + labels + "]");
        }
        long[][] sum = counts();
        for (int t = 0; t < sum.length; t++) {
            for (int p = 0; p < sum.length; p++) {
                sum[t][p] += other.counts[t][p];
            }
        }
        return new ConfusionMatrix(labels, sum);
    }

    private int checkIndex(int classIndex) {
        if (classIndex < 0 || classIndex >= counts.length) {
            throw new IllegalArgumentException(
                    "Class index " + classIndex + " is outside 0.." + (counts.length - 1) + " of [" + labels + "]");
        }
        return classIndex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix
                && ((ConfusionMatrix) o).labels.equals(labels)
                && Arrays.deepEquals(((ConfusionMatrix) o).counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * labels.hashCode() + Arrays.deepHashCode(counts);
    }

    /** A fixed-width text table with true classes as rows and predictions as columns. */
    @Override
    public String toString() {
        int width = 9;
        for (String label : labels.labels()) {
            width = Math.max(width, label.length() + 1);
        }
        for (long[] row : counts) {
            for (long c : row) {
                width = Math.max(width, Long.toString(c).length() + 1);
            }
        }
        String cell = "%" + width + "s";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, cell, "true\\pred"));
        for (String label : labels.labels()) {
            sb.append(String.format(Locale.ROOT, cell, label));
        }
        for (int t = 0; t < counts.length; t++) {
            sb.append('\n').append(String.format(Locale.ROOT, cell, labels.get(t).label()));
            for (long c : counts[t]) {
                sb.append(String.format(Locale.ROOT, cell, c));
            }
        }
        return sb.toString();
    }
}
