package org.fer4j.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fer4j.cli.Fer4jVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fer4j report ck-cv}: the options of {@link CkPlusCrossValidation}. */
@Command(name = "ck-cv", mixinStandardHelpOptions = true, versionProvider = Fer4jVersion.class,
        showDefaultValues = true,
        description = "Subject-wise k-fold cross-validation on CK+48 of a per-frame CNN and a CNN-RNN "
                + "(resumes finished folds from --out).")
public final class CkPlusCvCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/ckplus48", description = "The CK+48 folder.")
    private Path data;

    @Option(names = "--folds", defaultValue = "10", description = "Subject-wise folds.")
    private int folds;

    @Option(names = "--epochs", defaultValue = "15", description = "Training epochs per network and fold.")
    private int epochs;

    @Option(names = "--init", paramLabel = "DIR", description = "A saved FER2013 model whose encoder starts every network.")
    private Path init;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The report folder.")
    private Path out;

    @Option(names = "--batch", defaultValue = "32", description = "Batch size.")
    private int batch;

    @Option(names = "--lr", defaultValue = "0.001", description = "Peak learning rate.")
    private float learningRate;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the folds and of training.")
    private long seed;

    @Option(names = "--channels", split = ",", paramLabel = "CHANNELS",
            description = "CNN channels (default: the default architecture's; not with --init).")
    private int[] channels;

    @Option(names = "--no-augment", description = "Train without fer-augment's standard augmentation.")
    private boolean noAugment;

    /** Runs (or resumes) the cross-validation and writes the report. */
    @Override
    public Integer call() throws IOException {
        CkPlusCrossValidation.run(data, folds, epochs, init, out, batch, learningRate, seed, channels, !noAugment);
        return 0;
    }
}
