package org.fer4j.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.fer4j.core.Emotion;
import org.fer4j.core.LabelSet;

/**
 * Immutable accuracy, per-class precision / recall / F1 / support and their macro and weighted
 * averages, all computed from one {@link ConfusionMatrix}.
 *
 * <p>Edge cases follow scikit-learn with {@code labels=range(n)} and {@code zero_division=0}, so no
 * value is ever NaN and nothing throws:
 *
 * <ul>
 *   <li>a class that was never predicted has precision 0 (and therefore F1 0);
 *   <li>a class absent from the truth has recall 0 and F1 0, and it still counts in the macro
 *       average (every class of the label set does); its weight in the weighted average is its
 *       support, 0;
 *   <li>no samples at all: accuracy, every per-class value and every average are 0.
 * </ul>
 */
public final class ClassificationMetrics {

    private final ConfusionMatrix matrix;
    private final List<ClassMetrics> perClass;
    private final AveragedMetrics macro;
    private final AveragedMetrics weighted;

    private ClassificationMetrics(ConfusionMatrix matrix) {
        this.matrix = matrix;
        List<ClassMetrics> classes = new ArrayList<>(matrix.size());
        double[] macroSum = new double[3];
        double[] weightedSum = new double[3];
        for (int c = 0; c < matrix.size(); c++) {
            long tp = matrix.truePositives(c);
            long support = matrix.support(c);
            double precision = ratio(tp, matrix.predictedCount(c));
            double recall = ratio(tp, support);
            double f1 = ratio(2 * tp, 2 * tp + matrix.falsePositives(c) + matrix.falseNegatives(c));
            classes.add(new ClassMetrics(matrix.labels().get(c), c, precision, recall, f1, support));
            macroSum[0] += precision;
            macroSum[1] += recall;
            macroSum[2] += f1;
            weightedSum[0] += precision * support;
            weightedSum[1] += recall * support;
            weightedSum[2] += f1 * support;
        }
        int n = matrix.size();
        long total = matrix.total();
        this.perClass = Collections.unmodifiableList(classes);
        this.macro = new AveragedMetrics(macroSum[0] / n, macroSum[1] / n, macroSum[2] / n);
        this.weighted =
                total == 0
                        ? new AveragedMetrics(0, 0, 0)
                        : new AveragedMetrics(
                                weightedSum[0] / total, weightedSum[1] / total, weightedSum[2] / total);
    }

    /** Computes every metric from a confusion matrix. */
    public static ClassificationMetrics of(ConfusionMatrix matrix) {
        return new ClassificationMetrics(Objects.requireNonNull(matrix, "matrix"));
    }

    /** Computes every metric from paired true and predicted class indices. */
    public static ClassificationMetrics of(LabelSet labels, int[] truth, int[] predicted) {
        return of(ConfusionMatrix.fromPredictions(labels, truth, predicted));
    }

    /** The matrix these metrics were computed from. */
    public ConfusionMatrix confusionMatrix() {
        return matrix;
    }

    /** The classes, in index order. */
    public LabelSet labels() {
        return matrix.labels();
    }

    /** The number of samples. */
    public long total() {
        return matrix.total();
    }

    /** The fraction of samples classified correctly; 0 without samples. */
    public double accuracy() {
        return ratio(matrix.correct(), matrix.total());
    }

    /** The precision, recall, F1 and support of a class index. */
    public ClassMetrics forClass(int classIndex) {
        matrix.labels().get(classIndex);
        return perClass.get(classIndex);
    }

    /** The precision, recall, F1 and support of an emotion of the label set. */
    public ClassMetrics forEmotion(Emotion emotion) {
        int index = matrix.labels().indexOf(emotion);
        if (index < 0) {
            throw new IllegalArgumentException(
                    "Emotion " + emotion + " is not in the label set [" + matrix.labels() + "]");
        }
        return perClass.get(index);
    }

    /** The metrics of every class, in class-index order. */
    public List<ClassMetrics> perClass() {
        return perClass;
    }

    /** The unweighted mean over all classes of the label set (absent classes included). */
    public AveragedMetrics macroAverage() {
        return macro;
    }

    /** The mean over classes weighted by support; its recall equals the accuracy. */
    public AveragedMetrics weightedAverage() {
        return weighted;
    }

    /** The macro-averaged F1, the headline number for imbalanced sets such as FER2013. */
    public double macroF1() {
        return macro.f1();
    }

    /** The macro-averaged recall, also called balanced accuracy. */
    public double balancedAccuracy() {
        return macro.recall();
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    /** A scikit-learn style classification report. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String row = "%12s %9s %9s %9s %9s%n";
        String values = "%12s %9.4f %9.4f %9.4f %9d%n";
        sb.append(String.format(Locale.ROOT, row, "", "precision", "recall", "f1", "support"));
        for (ClassMetrics c : perClass) {
            sb.append(String.format(
                    Locale.ROOT, values, c.emotion().label(), c.precision(), c.recall(), c.f1(), c.support()));
        }
        sb.append(String.format(Locale.ROOT, "%12s %9s %9s %9.4f %9d%n", "accuracy", "", "", accuracy(), total()));
        sb.append(String.format(
                Locale.ROOT, values, "macro avg", macro.precision(), macro.recall(), macro.f1(), total()));
        sb.append(String.format(
                Locale.ROOT, values, "weighted avg", weighted.precision(), weighted.recall(), weighted.f1(), total()));
        return sb.toString();
    }
}
