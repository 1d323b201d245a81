package org.fer4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhResultTest {

    @TempDir
    Path dir;

    @Test
    void readsBenchmarkParamsScoreUnitAndJvmArgsFromAResultFile() throws IOException {
        Path file = dir.resolve("result.json");
        Files.writeString(file, JmhJson.array(
                JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "32"), 12.5, "ms/op"),
                JmhJson.entry("GemmBenchmark.gemm", Map.of("n", "1024"), 60, "ms/op")));

        List<JmhResult> results = JmhResult.read(file);

        assertThat(results).hasSize(2);
        JmhResult first = results.get(0);
        assertThat(first.benchmark()).isEqualTo("org.fer4j.bench.InferenceBenchmark.fromTensor");
        assertThat(first.benchmarkClass()).isEqualTo("InferenceBenchmark");
        assertThat(first.method()).isEqualTo("fromTensor");
        assertThat(first.mode()).isEqualTo("avgt");
        assertThat(first.params()).containsExactly(Map.entry("batch", "32"));
        assertThat(first.intParam("batch", 1)).isEqualTo(32);
        assertThat(first.intParam("window", 7)).isEqualTo(7);
        assertThat(first.score()).isEqualTo(12.5);
        assertThat(first.unit()).isEqualTo("ms/op");
        assertThat(first.jvmArgs()).contains("-Dai.djl.pytorch.num_threads=2");
        assertThat(results.get(1).params()).containsEntry("n", "1024");
    }

    @Test
    void readsTheNaNThatJmhWritesAsAString() throws IOException {
        List<JmhResult> results = parse(JmhJson.array(
                JmhJson.entry("GemmBenchmark.gemm", Map.of(), Double.NaN, "ms/op")));

        assertThat(results.get(0).score()).isNaN();
        assertThat(results.get(0).scoreError()).isNaN();
        assertThat(results.get(0).relativeError()).isNaN();
    }

    @Test
    void convertsTimeAndThroughputUnitsToSecondsPerOperation() throws IOException {
        List<JmhResult> results = parse(JmhJson.array(
                JmhJson.entry("A.ms", Map.of(), 250, "ms/op"),
                JmhJson.entry("A.us", Map.of(), 40, "us/op"),
                JmhJson.entry("A.s", Map.of(), 2, "s/op"),
                JmhJson.entry("A.thrpt", Map.of(), 50, "ops/s"),
                JmhJson.entry("A.thrptMs", Map.of(), 4, "ops/ms")));

        double[] expected = {0.25, 4e-5, 2.0, 0.02, 2.5e-4};
        for (int i = 0; i < expected.length; i++) {
            assertThat(results.get(i).secondsPerOp()).as(results.get(i).benchmark())
                    .isCloseTo(expected[i], within(expected[i] * 1e-12));
        }
    }

    @Test
    void rejectsAnUnknownScoreUnitNamingTheBenchmark() throws IOException {
        JmhResult result = parse(JmhJson.array(JmhJson.entry("A.b", Map.of(), 1, "furlongs"))).get(0);

        assertThatThrownBy(result::secondsPerOp)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.fer4j.bench.A.b")
                .hasMessageContaining("furlongs");
    }

    @Test
    void rejectsAFileThatIsNotAnArrayOfResultsNamingIt() {
        assertThatThrownBy(() -> JmhResult.parse(new StringReader("{\"benchmark\": \"x\"}"), "run/result.json"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("run/result.json")
                .hasMessageContaining("JSON array");
    }

    @Test
    void rejectsAnEntryWithoutPrimaryMetricNamingTheEntry() {
        String text = "[" + JmhJson.entry("A.b", Map.of(), 1, "ms/op") + ", {\"benchmark\": \"x\", \"mode\": \"avgt\"}]";

        assertThatThrownBy(() -> JmhResult.parse(new StringReader(text), "result.json"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("result.json entry 1")
                .hasMessageContaining("primaryMetric");
    }

    @Test
    void rejectsANonIntegerParameterNamingIt() throws IOException {
        JmhResult result = parse(JmhJson.array(JmhJson.entry("A.b", Map.of("batch", "many"), 1, "ms/op"))).get(0);

        assertThatThrownBy(() -> result.intParam("batch", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch=many");
    }

    @Test
    void relativeErrorIsTheErrorOverTheScore() {
        JmhResult result = new JmhResult("A.b", "avgt", Map.of(), 20, 2, "ms/op", List.of());

        assertThat(result.relativeError()).isCloseTo(0.1, within(1e-12));
    }

    private static List<JmhResult> parse(String text) throws IOException {
        return JmhResult.parse(new StringReader(text), "test.json");
    }
}
