package org.fer4j.examples.report;

import java.util.List;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.fer4j.core.data.FaceDataset;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrixAccumulator;

/** Turns a model's scores on labelled samples into classification metrics (prediction = top score). */
public final class ScoreMetrics {

    private ScoreMetrics() {}

    /**
     * Metrics of scores against true class indices, both in sample order.
     *
     * @param labels the classes both the scores and the indices refer to
     * @param scores one score vector per sample, over {@code labels}
     * @param truth the true class index of each sample
     */
    public static ClassificationMetrics of(LabelSet labels, List<EmotionScores> scores, int[] truth) {
        if (scores.size() != truth.length) {
            throw new IllegalArgumentException(
                    "Got " + scores.size() + " score vectors for " + truth.length + " labelled samples");
        }
        ConfusionMatrixAccumulator matrix = new ConfusionMatrixAccumulator(labels);
        for (int i = 0; i < truth.length; i++) {
            EmotionScores s = scores.get(i);
            if (!s.labels().equals(labels)) {
                throw new IllegalArgumentException(
                        "Scores of sample " + i + " are over [" + s.labels() + "], not [" + labels + "]");
            }
            matrix.add(truth[i], s.topIndex());
        }
        return ClassificationMetrics.of(matrix.snapshot());
    }

    /** The true class index of every sample of a prepared dataset, in dataset order. */
    public static int[] truth(FaceDataset dataset) {
        int[] truth = new int[dataset.samples().size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = dataset.classIndex(i);
        }
        return truth;
    }
}
