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

/**
 * Command line: reads a JMH JSON result file and prints the {@link BenchSummary} as a Markdown
 * table (time per face, FLOPs per face, GFLOP/s, share of the GEMM peak, ours vs the peer),
 * optionally writing it to a file too.
 *
 * <pre>
 * java -cp benchmarks.jar org.fer4j.bench.BenchReport results.json [--markdown summary.md]
 *      [--accuracy default=0.712] [--accuracy peer=66.1%]
 * </pre>
 */
public final class BenchReport {

    private BenchReport() {}

    /** Runs the report; exits with status 2 on bad arguments and 1 on an unreadable result file. */
    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Arguments.USAGE);
            System.exit(2);
            return;
        }
        try {
            String markdown = run(arguments, WorkloadCatalog.openingModels());
            System.out.println(markdown);
        } catch (IOException e) {
            System.err.println("Cannot make the report: " + e.getMessage());
            System.exit(1);
        }
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
     * The parsed command line.
     *
     * @param results the JMH JSON result file
     * @param markdown where to write the Markdown summary, if anywhere
     * @param accuracies PublicTest accuracies by model name, as fractions in [0, 1]
     */
    public record Arguments(Path results, Optional<Path> markdown, Map<String, Double> accuracies) {

        /** How to call the report. */
        public static final String USAGE = "usage: BenchReport <jmh-result.json> [--markdown <summary.md>] "
                + "[--accuracy <model>=<fraction or percent>]...";

        /** Keeps the accuracies' order and makes them read-only. */
        public Arguments {
            accuracies = Collections.unmodifiableMap(new LinkedHashMap<>(accuracies));
        }

        /** Parses the command line; messages say which argument was wrong. */
        public static Arguments parse(String... args) {
            Path results = null;
            Path markdown = null;
            Map<String, Double> accuracies = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--markdown" -> markdown = Path.of(value(args, ++i, arg));
                    case "--accuracy" -> {
                        String pair = value(args, ++i, arg);
                        int eq = pair.indexOf('=');
                        if (eq <= 0) {
                            throw new IllegalArgumentException("--accuracy expects <model>=<value>, got '" + pair + "'");
                        }
                        accuracies.put(pair.substring(0, eq), accuracy(pair.substring(eq + 1), pair));
                    }
                    default -> {
                        if (arg.startsWith("--") || results != null) {
                            throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
                        }
                        results = Path.of(arg);
                    }
                }
            }
            if (results == null) {
                throw new IllegalArgumentException("Missing the JMH JSON result file");
            }
            return new Arguments(results, Optional.ofNullable(markdown), accuracies);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        /** {@code 0.712} or {@code 71.2%}. */
        private static double accuracy(String text, String pair) {
            try {
                boolean percent = text.endsWith("%");
                double value = Double.parseDouble(percent ? text.substring(0, text.length() - 1) : text);
                double fraction = percent ? value / 100 : value;
                if (!(fraction >= 0 && fraction <= 1)) {
                    throw new IllegalArgumentException(
                            "--accuracy " + pair + ": expected a fraction in [0, 1] or a percentage like 71.2%");
                }
                return fraction;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--accuracy " + pair + ": '" + text + "' is not a number", e);
            }
        }
    }
}
