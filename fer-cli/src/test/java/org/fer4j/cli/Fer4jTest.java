package org.fer4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class Fer4jTest {

    /** Every command path below fer4j, e.g. {@code [report, ck-cv]}, help excluded. */
    static Stream<List<String>> commands() {
        List<List<String>> paths = new ArrayList<>();
        collect(Fer4j.commandLine(), new ArrayList<>(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine line, List<String> path, List<List<String>> paths) {
        for (var sub : line.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            List<String> next = new ArrayList<>(path);
            next.add(sub.getKey());
            paths.add(next);
            collect(sub.getValue(), next, paths);
        }
    }

    @Test
    void theTopCommandListsEveryCommandAndTheExitCodes() {
        Fer4jRun run = Fer4jRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: fer4j", "evaluate", "video", "camera", "train", "export", "report",
                "serve", "Exit codes:", "usage error");
    }

    @Test
    void theSubcommandsAreTheOnesTheIssueAsksFor() {
        assertThat(commands().filter(p -> p.size() == 1).map(p -> p.get(0)))
                .contains("evaluate", "video", "camera", "train", "export", "report", "serve");
    }

    @Test
    void benchmarksAreRunByTheirOwnScriptNotByTheCommand() {
        // fer-bench is imported by nothing: fer-bench/run-benchmarks.sh runs JMH and writes the summary.
        assertThat(commands().filter(p -> p.size() == 1).map(p -> p.get(0))).doesNotContain("bench");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasHelp(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");

        Fer4jRun run = Fer4jRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: fer4j " + String.join(" ", path));
    }

    @Test
    void versionIsTheProjectVersion() {
        Fer4jRun run = Fer4jRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("fer4j " + Fer4jVersion.version());
        assertThat(Fer4jVersion.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void noCommandAnUnknownCommandOrAnUnknownOptionIsAUsageError() {
        assertThat(Fer4jRun.of().exitCode()).isEqualTo(2);
        Fer4jRun unknown = Fer4jRun.of("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate");
        Fer4jRun option = Fer4jRun.of("evaluate", "--bogus");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("--bogus").contains("Usage: fer4j evaluate");
        assertThat(Fer4jRun.of("report").exitCode()).isEqualTo(2);
    }

    @Test
    void badOptionValuesAreUsageErrorsNamingTheOption() {
        Fer4jRun usage = Fer4jRun.of("evaluate", "--usage", "Validation");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("--usage").contains("Validation");

        Fer4jRun variant = Fer4jRun.of("train", "--variant", "resnet");
        assertThat(variant.exitCode()).isEqualTo(2);
        assertThat(variant.err()).contains("--variant").contains("resnet");

        assertThat(Fer4jRun.of("train", "--epochs", "many").exitCode()).isEqualTo(2);
        assertThat(Fer4jRun.of("video", "--max-frames", "-1").exitCode()).isEqualTo(2);
        assertThat(Fer4jRun.of("video", "--model", "m", "--untrained").exitCode()).isEqualTo(2);
        assertThat(Fer4jRun.of("report", "evaluation", "--out", "x").exitCode()).isEqualTo(2);
        assertThat(Fer4jRun.of("evaluate", "--runtime", "tensorflow").exitCode()).isEqualTo(2);
    }

    @Test
    void detectIsAmongTheCommands() {
        Fer4jRun run = Fer4jRun.of("detect", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("detect").contains("--json").contains("--annotate");
    }

    @Test
    void aFailingInputExitsWithOneAndIsNamedOnStderrInOneLine() {
        Fer4jRun run = Fer4jRun.of("evaluate", "--data", "no/such/fer2013.csv");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("fer4j evaluate: ").contains("no/such/fer2013.csv").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnreadableVideoExitsWithOne() {
        Fer4jRun run = Fer4jRun.of("video", "--video", "no/such/clip.mp4", "--progress");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no/such/clip.mp4");
    }
}
