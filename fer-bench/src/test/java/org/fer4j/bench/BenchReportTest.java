package org.fer4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.fer4j.models.zoo.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchReportTest {

    private static final WorkloadCatalog CATALOG = new WorkloadCatalog(name -> new ModelFacts(
            name, Variant.parse(name).spec(), false, "test", false));

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int bench(String... args) {
        CommandLine line = new CommandLine(new BenchCommand(() -> CATALOG));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private Path results() throws IOException {
        Path results = dir.resolve("jmh.json");
        Files.writeString(results, JmhJson.array(
                JmhJson.entry("GemmBenchmark.gemm", Map.of("n", "1024"), 100, "ms/op"),
                JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "1", "model", "cnn-attention"), 5, "ms/op")));
        return results;
    }

    @Test
    void parsesAccuraciesAsFractionsOrPercentages() {
        BenchCommand.AccuracyConverter converter = new BenchCommand.AccuracyConverter();

        assertThat(converter.convert("default=0.712").fraction()).isCloseTo(0.712, within(1e-12));
        assertThat(converter.convert("peer=66.5%").fraction()).isCloseTo(0.665, within(1e-12));
        assertThat(converter.convert("peer=66.5%").model()).isEqualTo("peer");
    }

    @Test
    void badAccuraciesAreUsageErrorsNamingTheValue() {
        assertThat(bench("r.json", "--accuracy", "default=71.2")).isEqualTo(2);
        assertThat(err.toString()).contains("default=71.2").contains("fraction in [0, 1]");
        assertThat(bench("r.json", "--accuracy", "0.7")).isEqualTo(2);
        assertThat(err.toString()).contains("<model>=<value>");
    }

    @Test
    void aMissingResultFileArgumentOrOptionValueOrUnknownOptionIsAUsageError() {
        assertThat(bench("--markdown", "s.md")).isEqualTo(2);
        assertThat(err.toString()).contains("JMH_RESULT_JSON");
        assertThat(bench("r.json", "--markdown")).isEqualTo(2);
        assertThat(bench("r.json", "--threads", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("--threads");
    }

    @Test
    void printsTheMarkdownItWritesInTheAccuracyOrderGiven() throws IOException {
        Path markdown = dir.resolve("out/summary.md");

        int code = bench(results().toString(), "--markdown", markdown.toString(), "--accuracy", "cnn-attention=70%");

        assertThat(code).isZero();
        assertThat(markdown).exists();
        assertThat(out.toString()).isEqualTo(Files.readString(markdown) + System.lineSeparator());
        assertThat(out.toString()).contains("GemmBenchmark.gemm").contains("InferenceBenchmark.fromTensor");
    }

    @Test
    void writesTheSameMarkdownItReturnsCreatingTheFolder() throws IOException {
        Path markdown = dir.resolve("out/summary.md");

        String text = BenchReport.run(
                new BenchReport.Arguments(results(), Optional.of(markdown), Map.of()), CATALOG);

        assertThat(Files.readString(markdown)).isEqualTo(text);
    }

    @Test
    void anUnreadableResultFileExitsWithOneNamingIt() {
        Path missing = dir.resolve("nothing.json");

        assertThat(bench(missing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nothing.json");
        assertThatThrownBy(() -> BenchReport.run(
                new BenchReport.Arguments(missing, Optional.empty(), Map.of()), new WorkloadCatalog(name -> null)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("nothing.json");
    }
}
