package org.fer4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.fer4j.models.zoo.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @TempDir
    Path dir;

    @Test
    void parsesResultFileMarkdownTargetAndAccuraciesInOrder() {
        BenchReport.Arguments args = BenchReport.Arguments.parse(
                "run/jmh.json", "--markdown", "run/summary.md", "--accuracy", "default=0.712", "--accuracy", "peer=66.5%");

        assertThat(args.results()).isEqualTo(Path.of("run/jmh.json"));
        assertThat(args.markdown()).contains(Path.of("run/summary.md"));
        assertThat(args.accuracies()).containsOnlyKeys("default", "peer");
        assertThat(args.accuracies().keySet()).containsExactly("default", "peer");
        assertThat(args.accuracies().get("default")).isCloseTo(0.712, within(1e-12));
        assertThat(args.accuracies().get("peer")).isCloseTo(0.665, within(1e-12));
    }

    @Test
    void rejectsAnAccuracyAboveOneWithoutPercentSign() {
        assertThatThrownBy(() -> BenchReport.Arguments.parse("r.json", "--accuracy", "default=71.2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("default=71.2");
    }

    @Test
    void rejectsAnAccuracyWithoutModelName() {
        assertThatThrownBy(() -> BenchReport.Arguments.parse("r.json", "--accuracy", "0.7"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<model>=<value>");
    }

    @Test
    void rejectsAMissingResultFileAndAnOptionWithoutValue() {
        assertThatThrownBy(() -> BenchReport.Arguments.parse("--markdown", "s.md"))
                .hasMessageContaining("Missing the JMH JSON result file");
        assertThatThrownBy(() -> BenchReport.Arguments.parse("r.json", "--markdown"))
                .hasMessageContaining("--markdown needs a value");
        assertThatThrownBy(() -> BenchReport.Arguments.parse("r.json", "--threads", "2"))
                .hasMessageContaining("'--threads'");
    }

    @Test
    void writesTheSameMarkdownItReturnsCreatingTheFolder() throws IOException {
        Path results = dir.resolve("jmh.json");
        Files.writeString(results, JmhJson.array(
                JmhJson.entry("GemmBenchmark.gemm", Map.of("n", "1024"), 100, "ms/op"),
                JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "1", "model", "cnn-attention"), 5, "ms/op")));
        Path markdown = dir.resolve("out/summary.md");
        WorkloadCatalog catalog = new WorkloadCatalog(name -> new ModelFacts(
                name, Variant.parse(name).spec(), false, "test", false));

        String text = BenchReport.run(
                BenchReport.Arguments.parse(results.toString(), "--markdown", markdown.toString()), catalog);

        assertThat(markdown).exists();
        assertThat(Files.readString(markdown)).isEqualTo(text);
        assertThat(text).contains("GemmBenchmark.gemm").contains("InferenceBenchmark.fromTensor");
    }

    @Test
    void reportsAnUnreadableResultFileByName() {
        Path missing = dir.resolve("nothing.json");

        assertThatThrownBy(() -> BenchReport.run(BenchReport.Arguments.parse(missing.toString()),
                new WorkloadCatalog(name -> null)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("nothing.json");
    }
}
