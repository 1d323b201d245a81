package org.fer4j.cli.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.fer4j.metrics.report.ReportTable;

/**
 * Assembles the CK+ cross-validation results of all folds: the per-fold table, the mean and
 * standard deviation of each method's accuracy over folds, and each method's confusion matrix
 * summed over folds (every sequence is tested in exactly one fold, so the sum covers the dataset).
 */
public final class CrossValidationTables {

    /** A way of scoring CK+ sequences whose accuracy is compared over folds. */
    public enum Method {
        /** The per-frame CNN, each sequence scored by the mean of its frames' scores (the headline). */
        CNN_FRAME_MEAN("cnn_frame_mean", "Per-frame CNN, mean of the frames' scores", FoldResult::cnnFrameMean),
        /** The per-frame CNN on each sequence's last frame only. */
        CNN_LAST_FRAME("cnn_last_frame", "Per-frame CNN, last frame only", FoldResult::cnnLastFrame),
        /** The CNN-RNN (LSTM) on each sequence as a clip. */
        CNN_RNN("cnn_rnn", "CNN-RNN (LSTM) on the clip", FoldResult::cnnRnn);

        private final String key;
        private final String title;
        private final Function<FoldResult, ConfusionMatrix> matrix;

        Method(String key, String title, Function<FoldResult, ConfusionMatrix> matrix) {
            this.key = key;
            this.title = title;
            this.matrix = matrix;
        }

        /** The machine name, used in CSV, JSON and file names. */
        public String key() {
            return key;
        }

        /** The human name. */
        public String title() {
            return title;
        }

        /** This method's confusion matrix in a fold. */
        public ConfusionMatrix matrix(FoldResult fold) {
            return matrix.apply(fold);
        }
    }

    private final List<FoldResult> folds;

    /** Wraps the results of at least one fold, with distinct fold numbers. */
    public CrossValidationTables(List<FoldResult> folds) {
        if (folds.isEmpty()) {
            throw new IllegalArgumentException("Cross-validation needs at least one fold result");
        }
        if (folds.stream().map(FoldResult::fold).distinct().count() != folds.size()) {
            throw new IllegalArgumentException("Fold numbers repeat: " + folds.stream().map(FoldResult::fold).toList());
        }
        this.folds = folds.stream().sorted(Comparator.comparingInt(FoldResult::fold)).toList();
    }

    /** The folds in fold order. */
    public List<FoldResult> folds() {
        return folds;
    }

    /** A method's accuracy in each fold, in fold order. */
    public double[] accuracies(Method method) {
        return folds.stream()
                .mapToDouble(f -> ClassificationMetrics.of(method.matrix(f)).accuracy())
                .toArray();
    }

    /** Mean, standard deviation and range of a method's accuracy over folds. */
    public AccuracySummary summary(Method method) {
        return AccuracySummary.of(accuracies(method));
    }

    /** A method's confusion matrix summed over all folds. */
    public ConfusionMatrix summedMatrix(Method method) {
        ConfusionMatrix sum = null;
        for (FoldResult fold : folds) {
            sum = sum == null ? method.matrix(fold) : sum.plus(method.matrix(fold));
        }
        return sum;
    }

    /** One row per fold: sizes, each method's accuracy, the last epoch's training accuracy and the time. */
    public ReportTable foldTable() {
        ReportTable.ItemBuilder<FoldResult> table = ReportTable.rowPerItem(
                        "Accuracy per fold (test sequences of unseen subjects)", folds)
                .count("fold", "Fold", f -> f.fold() + 1L)
                .count("test_subjects", "Test subjects", FoldResult::testSubjects)
                .count("train_sequences", "Train sequences", FoldResult::trainSequences)
                .count("test_sequences", "Test sequences", FoldResult::testSequences);
        for (Method method : Method.values()) {
            table.fraction(method.key() + "_accuracy", method.title(),
                    f -> ClassificationMetrics.of(method.matrix(f)).accuracy());
        }
        return table.fraction("cnn_train_accuracy", "CNN train accuracy (last epoch)", FoldResult::cnnTrainAccuracy)
                .fraction("cnn_rnn_train_accuracy", "CNN-RNN train accuracy (last epoch)",
                        FoldResult::cnnRnnTrainAccuracy)
                .number("seconds", "Seconds", FoldResult::seconds)
                .build();
    }

    /**
     * One row per method: mean and sample standard deviation of the fold accuracies, their range,
     * and the accuracy and macro F1 of the summed (pooled) confusion matrix.
     */
    public ReportTable summaryTable() {
        List<MethodSummary> methods = Arrays.stream(Method.values())
                .map(m -> new MethodSummary(m, summary(m), ClassificationMetrics.of(summedMatrix(m))))
                .toList();
        return ReportTable.rowPerItem("Accuracy over " + folds.size() + " subject-wise folds", methods)
                .text("method", "Method", s -> s.method().title())
                .fraction("mean_accuracy", "Mean accuracy", s -> s.accuracy().mean())
                .fraction("std_accuracy", "Std (over folds)", s -> s.accuracy().std())
                .fraction("min_accuracy", "Min", s -> s.accuracy().min())
                .fraction("max_accuracy", "Max", s -> s.accuracy().max())
                .fraction("pooled_accuracy", "Pooled accuracy", s -> s.pooled().accuracy())
                .fraction("pooled_macro_f1", "Pooled macro F1", s -> s.pooled().macroF1())
                .build();
    }

    /** A method's accuracy over folds and the metrics of its summed confusion matrix. */
    private record MethodSummary(Method method, AccuracySummary accuracy, ClassificationMetrics pooled) {}
}
