package org.fer4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.MultiCropEmotionModel;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fer4j evaluate}: accuracy and macro-F1 of the shipped default model, the shipped ensemble, a
 * saved model, or the equal-weight average of several, on a FER2013-layout CSV(.gz) split; with
 * {@code --json} one JSON object {@code {"model","usage","faces","accuracy","macroF1","flipAveraging","multiCrop"}}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Fer4jVersion.class,
        showDefaultValues = true,
        description = "Accuracy and macro-F1 of a model (or the average of several) on a FER2013 split.")
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Fer2013Option data;

    @Option(names = "--usage", paramLabel = "SPLIT", defaultValue = "PublicTest",
            description = "The split to score: Training, PublicTest or PrivateTest.")
    private Fer2013Usage usage;

    @Option(names = "--model", paramLabel = "MODEL", split = ",", defaultValue = ModelRuntime.DEFAULT,
            description = "'default' (shipped), 'ensemble' (shipped), a shipped variant (e.g. 'fast') or a saved model; several are averaged.")
    private List<String> models;

    @Mixin
    private RuntimeOption runtime;

    @Option(names = "--no-flip", description = "Score each face once, without averaging it with its mirror image.")
    private boolean noFlip;

    @Option(names = "--multi-crop", description = "Also average four crops shifted by 1/16 of the face side "
            + "(five crops; ten passes with flip averaging).")
    private boolean multiCrop;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Option(names = "--report", description = "Also print the per-class metrics and the confusion matrix.")
    private boolean report;

    @Mixin
    private ProgressOption progress;

    /** Scores the split; returns 0, or fails (exit 1) naming the unreadable data or model. */
    @Override
    public Integer call() throws Exception {
        ModelRuntime models = runtime.runtime();
        boolean flip = !noFlip;
        Fer2013Dataset dataset = Fer2013Dataset.builder().setCsvPath(data.path()).optUsage(usage).build();
        dataset.prepare(null);
        PrintWriter out = spec.commandLine().getOut();
        EmotionModel opened = models.openAll(this.models, flip);
        try (EmotionModel model = multiCrop ? MultiCropEmotionModel.of(opened) : opened) {
            long start = System.nanoTime();
            ClassificationMetrics metrics = Evaluator.evaluate(model, dataset, progress.open(spec.commandLine().getErr()));
            double seconds = (System.nanoTime() - start) / 1e9;
            String name = String.join(",", this.models);
            if (json) {
                out.printf(Locale.ROOT,
                        "{\"model\":\"%s\",\"usage\":\"%s\",\"faces\":%d,\"accuracy\":%.5f,\"macroF1\":%.5f,\"flipAveraging\":%s,\"multiCrop\":%s}%n",
                        name.replace("\"", "'"), usage.csvName(), metrics.total(), metrics.accuracy(), metrics.macroF1(), flip,
                        multiCrop);
            } else {
                out.printf("%s on %s %s (%d faces, flip averaging %s, multi-crop %s, %.1f s):%n",
                        name, data.path().getFileName(), usage.csvName(), metrics.total(), flip ? "on" : "off",
                        multiCrop ? "on" : "off", seconds);
                out.printf("  accuracy %.2f%%   macro-F1 %.4f%n", 100 * metrics.accuracy(), metrics.macroF1());
                if (report) {
                    out.println(metrics);
                }
            }
            out.flush();
        }
        return 0;
    }
}
