package org.fer4j.metrics.report;

import org.fer4j.core.Emotion;
import org.fer4j.core.LabelSet;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.fer4j.metrics.VariantComparison;
import org.fer4j.metrics.curve.LearningCurve;
import org.fer4j.metrics.curve.LearningCurveRecorder;

/** Small results the report tests draw and write. */
final class Samples {

    static final LabelSet THREE = LabelSet.of(Emotion.ANGRY, Emotion.HAPPY, Emotion.SAD);

    private Samples() {}

    static ConfusionMatrix matrix() {
        return ConfusionMatrix.of(THREE, new long[][] {{5, 1, 0}, {2, 6, 2}, {0, 1, 3}});
    }

    static ClassificationMetrics metrics() {
        return ClassificationMetrics.of(matrix());
    }

    static LearningCurve curve(String name, int epochs) {
        LearningCurveRecorder recorder = new LearningCurveRecorder(name);
        for (int e = 1; e <= epochs; e++) {
            recorder.record(
                    e,
                    1.8 * Math.exp(-e / 6.0) + 0.3,
                    0.3 + 0.5 * (1 - Math.exp(-e / 5.0)),
                    e == 2 ? Double.NaN : 1.7 * Math.exp(-e / 8.0) + 0.5,
                    e == 2 ? Double.NaN : 0.3 + 0.35 * (1 - Math.exp(-e / 4.0)),
                    1e-3 * Math.pow(0.9, e),
                    40 + e);
        }
        return recorder.curve();
    }

    static VariantComparison comparison() {
        return VariantComparison.builder()
                .addVariant("cnn", 0.82, 0.66, 0.655, 0.61)
                .addVariant("cnn, lstm", 0.87, 0.69, Double.NaN, 0.64)
                .build();
    }
}
