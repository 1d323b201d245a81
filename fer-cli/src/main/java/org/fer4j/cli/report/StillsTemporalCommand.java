package org.fer4j.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fer4j.cli.Fer2013Option;
import org.fer4j.cli.Fer4jVersion;
import org.fer4j.models.zoo.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fer4j report stills-temporal}: the options of {@link StillsTemporalComparison}. */
@Command(name = "stills-temporal", mixinStandardHelpOptions = true, versionProvider = Fer4jVersion.class,
        showDefaultValues = true,
        description = "Train and compare three temporal readings of FER2013 stills under one budget "
                + "(resumes from --out).")
public final class StillsTemporalCommand implements Callable<Integer> {

    @Mixin
    private Fer2013Option data;

    @Option(names = "--variant", defaultValue = "cnn-rnn-augmented",
            description = "Zoo variant whose architecture and recipe every reading starts from.")
    private Variant variant;

    @Option(names = "--epochs", defaultValue = "4", description = "Epochs per configuration.")
    private int epochs;

    @Option(names = "--max-steps", defaultValue = "0", description = "Cap on steps per epoch (0: all).")
    private int maxSteps;

    @Option(names = "--channels", split = ",", paramLabel = "CHANNELS", defaultValue = "16,32,64,128",
            description = "CNN channels all configurations share.")
    private int[] channels;

    @Option(names = "--batch", defaultValue = "64", description = "Batch size.")
    private int batch;

    @Option(names = "--seed", defaultValue = "42", description = "Training seed.")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs/stills-temporal", description = "Output folder.")
    private Path out;

    /** Trains (or resumes) the configurations and writes the comparison. */
    @Override
    public Integer call() throws IOException {
        StillsTemporalComparison.run(data.path(), variant, epochs, maxSteps, channels, batch, seed, out);
        return 0;
    }
}
