package org.fer4j.examples;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.examples.report.ScoreMetrics;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.models.EmotionRecognizer;

/**
 * Evaluates the shipped default model, or any saved model directory, on a FER2013-layout CSV(.gz)
 * split and prints accuracy and macro-F1 (or, with {@code --json}, one JSON object).
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.EvaluateModel \
 *   -Dexec.args="--data ../shared/data/fer2013/fer2013.csv.gz --usage PublicTest"
 * </pre>
 */
public final class EvaluateModel {

    private EvaluateModel() {}

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("json", "no-flip", "report"), Set.of("data", "usage", "model"));
        Path data = a.path("data", Path.of("../shared/data/fer2013/fer2013.csv.gz"));
        Fer2013Usage usage = Fer2013Usage.parse(a.string("usage", "PublicTest"));
        boolean flip = !a.flag("no-flip");
        Fer2013Dataset dataset = Fer2013Dataset.builder().setCsvPath(data).optUsage(usage).build();
        dataset.prepare(null);
        try (EmotionRecognizer recognizer = a.has("model")
                ? EmotionRecognizer.load(a.path("model", null), Device.cpu(), flip)
                : EmotionRecognizer.pretrained(Device.cpu(), flip)) {
            long start = System.nanoTime();
            List<EmotionScores> scores = recognizer.predictDataset(dataset);
            double seconds = (System.nanoTime() - start) / 1e9;
            ClassificationMetrics metrics = ScoreMetrics.of(recognizer.labels(), scores, ScoreMetrics.truth(dataset));
            String model = a.string("model", "default (" + recognizer.card().name() + ")");
            if (a.flag("json")) {
                System.out.printf(java.util.Locale.ROOT,
                        "{\"model\":\"%s\",\"usage\":\"%s\",\"faces\":%d,\"accuracy\":%.5f,\"macroF1\":%.5f,\"flipAveraging\":%s}%n",
                        model.replace("\"", "'"), usage.csvName(), metrics.total(), metrics.accuracy(), metrics.macroF1(), flip);
            } else {
                System.out.printf("%s on %s %s (%d faces, flip averaging %s, %.1f s):%n",
                        model, data.getFileName(), usage.csvName(), metrics.total(), flip ? "on" : "off", seconds);
                System.out.printf("  accuracy %.2f%%   macro-F1 %.4f%n", 100 * metrics.accuracy(), metrics.macroF1());
                if (a.flag("report")) {
                    System.out.println(metrics);
                }
            }
        }
    }
}
