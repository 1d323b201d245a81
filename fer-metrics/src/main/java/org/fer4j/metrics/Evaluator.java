package org.fer4j.metrics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.fer4j.core.Progress;
import org.fer4j.core.data.FaceDataset;

/**
 * Evaluates any {@link EmotionModel} (PyTorch, ONNX, an ensemble...) on a labelled {@link FaceDataset}:
 * every sample is scored as one face through {@link EmotionModel#predictAll} and its top score is the
 * prediction. A sample's face is its clip's last frame: a still's only frame, a CK+ sequence's peak.
 */
public final class Evaluator {

    /** Faces handed to {@link EmotionModel#predictAll} at once, so progress can be reported between chunks. */
    static final int CHUNK = 256;

    private Evaluator() {}

    /** Prepares the dataset, scores every sample with the model and returns the metrics. */
    public static ClassificationMetrics evaluate(EmotionModel model, FaceDataset dataset) throws IOException {
        return evaluate(model, dataset, null);
    }

    /**
     * Prepares the dataset, scores every sample with the model and returns the metrics.
     *
     * @param model the model; its labels must be the dataset's
     * @param dataset the labelled faces
     * @param progress told the number of faces scored as the work goes on, or null
     * @throws IllegalArgumentException when the model scores other classes than the dataset's
     */
    public static ClassificationMetrics evaluate(EmotionModel model, FaceDataset dataset, Progress progress)
            throws IOException {
        dataset.prepare(null);
        if (!model.labels().equals(dataset.labelSet())) {
            throw new IllegalArgumentException("The model scores [" + model.labels() + "] but the dataset is labelled ["
                    + dataset.labelSet() + "]: evaluate on data with the model's classes");
        }
        List<LabeledClip> samples = dataset.samples();
        if (progress != null) {
            progress.reset("faces", samples.size());
        }
        List<EmotionScores> scores = new ArrayList<>(samples.size());
        for (int from = 0; from < samples.size(); from += CHUNK) {
            List<GrayImage> faces = samples.subList(from, Math.min(samples.size(), from + CHUNK)).stream()
                    .map(s -> s.clip().frame(s.clip().length() - 1))
                    .toList();
            scores.addAll(model.predictAll(faces));
            if (progress != null) {
                progress.update(scores.size());
            }
        }
        if (progress != null) {
            progress.end();
        }
        return ofScores(model.labels(), scores, truth(dataset));
    }

    /**
     * Metrics of score vectors against true class indices, both in sample order (prediction = top score).
     *
     * @param labels the classes both the scores and the indices refer to
     * @param scores one score vector per sample, over {@code labels}
     * @param truth the true class index of each sample
     * @throws IllegalArgumentException when the counts differ or a score vector is over other classes
     */
    public static ClassificationMetrics ofScores(LabelSet labels, List<EmotionScores> scores, int[] truth) {
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
