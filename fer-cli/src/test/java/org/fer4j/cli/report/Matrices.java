package org.fer4j.cli.report;

import org.fer4j.core.LabelSet;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;

/** Small confusion matrices with a chosen accuracy, for table tests. */
final class Matrices {

    private Matrices() {}

    /**
     * A matrix with {@code correct} samples on the diagonal (spread over the classes in turn) and
     * {@code wrong} samples of class 0 predicted as class 1.
     */
    static ConfusionMatrix matrix(LabelSet labels, int correct, int wrong) {
        long[][] counts = new long[labels.size()][labels.size()];
        for (int i = 0; i < correct; i++) {
            counts[i % labels.size()][i % labels.size()]++;
        }
        counts[0][1] += wrong;
        return ConfusionMatrix.of(labels, counts);
    }

    static ClassificationMetrics metrics(int correct, int wrong) {
        return ClassificationMetrics.of(matrix(LabelSet.FER2013, correct, wrong));
    }
}
