package org.fer4j.examples.report;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.fer4j.metrics.report.ReportTable;
import org.fer4j.metrics.report.ReportTable.Kind;

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
        ReportTable.Builder table = ReportTable.builder("Accuracy per fold (test sequences of unseen subjects)")
                .addColumn("fold", "Fold", Kind.COUNT)
                .addColumn("test_subjects", "Test subjects", Kind.COUNT)
                .addColumn("train_sequences", "Train sequences", Kind.COUNT)
                .addColumn("test_sequences", "Test sequences", Kind.COUNT);
        for (Method method : Method.values()) {
            table.addColumn(method.key() + "_accuracy", method.title(), Kind.FRACTION);
        }
        table.addColumn("cnn_train_accuracy", "CNN train accuracy (last epoch)", Kind.FRACTION)
                .addColumn("cnn_rnn_train_accuracy", "CNN-RNN train accuracy (last epoch)", Kind.FRACTION)
                .addColumn("seconds", "Seconds", Kind.NUMBER);
        for (FoldResult f : folds) {
            Object[] row = new Object[4 + Method.values().length + 3];
            row[0] = (long) f.fold() + 1;
            row[1] = (long) f.testSubjects();
            row[2] = (long) f.trainSequences();
            row[3] = (long) f.testSequences();
            int c = 4;
            for (Method method : Method.values()) {
                row[c++] = ClassificationMetrics.of(method.matrix(f)).accuracy();
            }
            row[c++] = f.cnnTrainAccuracy();
            row[c++] = f.cnnRnnTrainAccuracy();
            row[c] = f.seconds();
            table.addRow(row);
        }
        return table.build();
    }

    /**
     * One row per method: mean and sample standard deviation of the fold accuracies, their range,
     * and the accuracy and macro F1 of the summed (pooled) confusion matrix.
     */
    public ReportTable summaryTable() {
        ReportTable.Builder table = ReportTable.builder("Accuracy over " + folds.size() + " subject-wise folds")
                .addColumn("method", "Method", Kind.TEXT)
                .addColumn("mean_accuracy", "Mean accuracy", Kind.FRACTION)
                .addColumn("std_accuracy", "Std (over folds)", Kind.FRACTION)
                .addColumn("min_accuracy", "Min", Kind.FRACTION)
                .addColumn("max_accuracy", "Max", Kind.FRACTION)
                .addColumn("pooled_accuracy", "Pooled accuracy", Kind.FRACTION)
                .addColumn("pooled_macro_f1", "Pooled macro F1", Kind.FRACTION);
        for (Method method : Method.values()) {
            AccuracySummary s = summary(method);
            ClassificationMetrics pooled = ClassificationMetrics.of(summedMatrix(method));
            table.addRow(method.title(), s.mean(), s.std(), s.min(), s.max(), pooled.accuracy(), pooled.macroF1());
        }
        return table.build();
    }
}
