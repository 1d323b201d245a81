package org.fer4j.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fer4j.cli.Fer2013Option;
import org.fer4j.cli.Fer4jVersion;
import org.fer4j.core.data.Fer2013Usage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fer4j report evaluation}: the options of {@link EvaluationReport}. */
@Command(name = "evaluation", mixinStandardHelpOptions = true, versionProvider = Fer4jVersion.class,
        showDefaultValues = true,
        description = "Evaluate saved models on FER2013: accuracy tables, per-class metrics, variant comparison, "
                + "learning curves and the best model's confusion matrix (CSV, JSON, PNG, HTML).")
public final class EvaluationReportCommand implements Callable<Integer> {

    @Mixin
    private Fer2013Option data;

    @Option(names = "--models", paramLabel = "DIR", split = ",", required = true,
            description = "Saved model directories.")
    private List<Path> models;

    @Option(names = "--test-usage", paramLabel = "SPLIT", defaultValue = "PrivateTest",
            description = "The split reported as test (n/a when the file has none).")
    private Fer2013Usage testUsage;

    @Option(names = "--train-sample", paramLabel = "N", defaultValue = "3000",
            description = "Training faces scored for the train accuracy (0: all).")
    private int trainSample;

    @Option(names = "--flip", description = "Average each face with its mirror image.")
    private boolean flip;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The report folder.")
    private Path out;

    /** Writes the report. */
    @Override
    public Integer call() throws IOException {
        EvaluationReport.run(data.path(), models, testUsage, trainSample, flip, out);
        return 0;
    }
}
