package org.fer4j.examples;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.fer4j.core.EmotionEnsemble;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.examples.report.ScoreMetrics;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.zoo.ZooEnsemble;

/**
 * Evaluates the shipped default model ({@code --model default}, the default), the shipped ensemble
 * ({@code --model ensemble}), any saved model directory, or the equal-weight average of several
 * ({@code --model default,dirB}, an {@link EmotionEnsemble}), on a FER2013-layout CSV(.gz)
 * split and prints accuracy and macro-F1 (or, with {@code --json}, one JSON object).
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.EvaluateModel \
 *   -Dexec.args="--data ../shared/data/fer2013/fer2013.csv.gz --usage PublicTest"
 * </pre>
 */
public final class EvaluateModel {

    private static final String DEFAULT = "default";
    private static final String ENSEMBLE = "ensemble";

    private EvaluateModel() {}

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("json", "no-flip", "report"), Set.of("data", "usage", "model"));
        Path data = a.path("data", Path.of("../shared/data/fer2013/fer2013.csv.gz"));
        Fer2013Usage usage = Fer2013Usage.parse(a.string("usage", "PublicTest"));
        boolean flip = !a.flag("no-flip");
        Fer2013Dataset dataset = Fer2013Dataset.builder().setCsvPath(data).optUsage(usage).build();
        dataset.prepare(null);
        List<String> models = List.of(a.string("model", DEFAULT).split(","));
        try (EmotionModel model = models.size() > 1 ? EmotionEnsemble.open(models, m -> open(m, flip)) : open(models.get(0), flip)) {
            long start = System.nanoTime();
            List<EmotionScores> scores = model.predictAll(dataset.samples().stream().map(s -> s.clip().frame(0)).toList());
            double seconds = (System.nanoTime() - start) / 1e9;
            ClassificationMetrics metrics = ScoreMetrics.of(model.labels(), scores, ScoreMetrics.truth(dataset));
            String name = String.join(",", models);
            if (a.flag("json")) {
                System.out.printf(java.util.Locale.ROOT,
                        "{\"model\":\"%s\",\"usage\":\"%s\",\"faces\":%d,\"accuracy\":%.5f,\"macroF1\":%.5f,\"flipAveraging\":%s}%n",
                        name.replace("\"", "'"), usage.csvName(), metrics.total(), metrics.accuracy(), metrics.macroF1(), flip);
            } else {
                System.out.printf("%s on %s %s (%d faces, flip averaging %s, %.1f s):%n",
                        name, data.getFileName(), usage.csvName(), metrics.total(), flip ? "on" : "off", seconds);
                System.out.printf("  accuracy %.2f%%   macro-F1 %.4f%n", 100 * metrics.accuracy(), metrics.macroF1());
                if (a.flag("report")) {
                    System.out.println(metrics);
                }
            }
        }
    }

    /**
     * A saved model directory, {@value #DEFAULT} for the default model shipped in the jar, or
     * {@value #ENSEMBLE} for the shipped {@link ZooEnsemble#RECOMMENDED} ensemble.
     */
    private static EmotionModel open(String model, boolean flip) throws IOException {
        return switch (model) {
            case DEFAULT -> EmotionRecognizer.pretrained(Device.cpu(), flip);
            case ENSEMBLE -> ZooEnsemble.pretrained(ZooEnsemble.RECOMMENDED, Device.cpu(), flip);
            default -> EmotionRecognizer.load(Path.of(model), Device.cpu(), flip);
        };
    }
}
