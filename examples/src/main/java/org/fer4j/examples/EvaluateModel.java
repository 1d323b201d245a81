package org.fer4j.examples;

import java.nio.file.Path;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.Evaluator;
import org.fer4j.models.EmotionRecognizer;

/**
 * Evaluates the shipped default model on FER2013 PublicTest with fer-metrics' {@link Evaluator}, which
 * scores any {@link EmotionModel} (PyTorch, ONNX, an ensemble) the same way. Takes no arguments; {@code
 * fer4j evaluate} has the options (other models, splits, ensembles, {@code --json}).
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.EvaluateModel
 * </pre>
 */
public final class EvaluateModel {

    private EvaluateModel() {}

    /** Entry point: reads ../shared/data/fer2013/fer2013.csv.gz. */
    public static void main(String[] args) throws Exception {
        Path csv = Path.of("../shared/data/fer2013/fer2013.csv.gz");
        Fer2013Dataset publicTest = Fer2013Dataset.builder().setCsvPath(csv).optUsage(Fer2013Usage.PUBLIC_TEST).build();
        try (EmotionModel model = EmotionRecognizer.pretrained()) {
            ClassificationMetrics metrics = Evaluator.evaluate(model, publicTest);
            System.out.printf("Default model on %d PublicTest faces: accuracy %.2f%%, macro-F1 %.4f%n",
                    metrics.total(), 100 * metrics.accuracy(), metrics.macroF1());
            System.out.println(metrics);
        }
    }
}
