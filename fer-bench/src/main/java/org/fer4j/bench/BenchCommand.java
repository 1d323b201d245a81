package org.fer4j.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line of {@link BenchReport#main}: prints the Markdown summary of a JMH JSON result
 * file from {@code fer-bench/run-benchmarks.sh}, optionally writing it to a file too.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Summarise a JMH result file (fer-bench/run-benchmarks.sh) as a Markdown table: time, FLOPs "
                + "and GFLOP/s per face, share of the GEMM peak, ours vs the peer.")
public final class BenchCommand implements Callable<Integer> {

    private final Supplier<WorkloadCatalog> catalog;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "JMH_RESULT_JSON", description = "The JMH JSON result file (-rf json).")
    private Path results;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the summary to this file.")
    private Path markdown;

    @Option(names = "--accuracy", paramLabel = "MODEL=VALUE", converter = AccuracyConverter.class,
            description = "A model's PublicTest accuracy for the summary, as a fraction (0.712) or percentage (71.2%%); "
                    + "repeatable.")
    private List<Accuracy> accuracies = new ArrayList<>();

    /** The command, describing the workloads with the shipped models. */
    public BenchCommand() {
        this(WorkloadCatalog::openingModels);
    }

    /** The command, describing the workloads with the given catalog. */
    BenchCommand(Supplier<WorkloadCatalog> catalog) {
        this.catalog = catalog;
    }

    /** Prints (and writes) the summary; an unreadable result file fails with exit 1. */
    @Override
    public Integer call() throws IOException {
        Map<String, Double> byModel = new LinkedHashMap<>();
        for (Accuracy a : accuracies) {
            byModel.put(a.model(), a.fraction());
        }
        String text = BenchReport.run(
                new BenchReport.Arguments(results, Optional.ofNullable(markdown), byModel), catalog.get());
        spec.commandLine().getOut().println(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * One {@code --accuracy} value.
     *
     * @param model the model's name in the results
     * @param fraction its accuracy in [0, 1]
     */
    record Accuracy(String model, double fraction) {}

    /** Parses {@code model=0.712} or {@code model=71.2%}. */
    static final class AccuracyConverter implements ITypeConverter<Accuracy> {

        /** {@inheritDoc} */
        @Override
        public Accuracy convert(String pair) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new TypeConversionException("expected <model>=<value>, got '" + pair + "'");
            }
            String text = pair.substring(eq + 1);
            boolean percent = text.endsWith("%");
            double value;
            try {
                value = Double.parseDouble(percent ? text.substring(0, text.length() - 1) : text);
            } catch (NumberFormatException e) {
                throw new TypeConversionException(pair + ": '" + text + "' is not a number");
            }
            double fraction = percent ? value / 100 : value;
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new TypeConversionException(
                        pair + ": expected a fraction in [0, 1] or a percentage like 71.2%");
            }
            return new Accuracy(pair.substring(0, eq), fraction);
        }
    }
}
