package org.fer4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Reads a JMH JSON result file and makes the {@link BenchSummary} as a Markdown table (time per face,
 * FLOPs per face, GFLOP/s, share of the GEMM peak, ours vs the peer), optionally writing it to a file
 * too; {@code fer-bench/run-benchmarks.sh} runs it after JMH. Its command line is {@link BenchCommand}:
 *
 * <pre>
 * java -cp benchmarks.jar org.fer4j.bench.BenchReport results.json [--markdown summary.md]
 *      [--accuracy default=0.712] [--accuracy peer=66.1%]
 * </pre>
 */
public final class BenchReport {

    private BenchReport() {}

    /** Runs {@link BenchCommand}: exits with 0, 1 on an unreadable result file, 2 on bad arguments. */
    public static void main(String[] args) {
        CommandLine line = new CommandLine(new BenchCommand());
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("Cannot make the report: " + e.getMessage());
            return 1;
        });
        System.exit(line.execute(args));
    }

    /** Reads the results, builds the summary, writes it where asked and returns its Markdown. */
    public static String run(Arguments arguments, WorkloadCatalog catalog) throws IOException {
        List<JmhResult> results = JmhResult.read(arguments.results());
        String markdown =
                BenchSummary.of(arguments.results().toString(), results, catalog, arguments.accuracies()).toMarkdown();
        if (arguments.markdown().isPresent()) {
            Path out = arguments.markdown().get();
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
        }
        return markdown;
    }

    /**
     * What to report.
     *
     * @param results the JMH JSON result file
     * @param markdown where to write the Markdown summary, if anywhere
     * @param accuracies PublicTest accuracies by model name, as fractions in [0, 1]
     */
    public record Arguments(Path results, Optional<Path> markdown, Map<String, Double> accuracies) {

        /** Keeps the accuracies' order and makes them read-only. */
        public Arguments {
            accuracies = Collections.unmodifiableMap(new LinkedHashMap<>(accuracies));
        }
    }
}
