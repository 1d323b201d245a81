package org.fer4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.zoo.Variant;
import org.junit.jupiter.api.Test;

class BenchSummaryTest {

    /** Facts without opening any model: the default is an untrained, flip-averaging stand-in. */
    private static ModelFacts facts(String name) {
        if (name.equals(BenchModel.DEFAULT)) {
            return new ModelFacts(name, ModelSpec.builder().build(), true, "untrained fallback (test)", true);
        }
        return new ModelFacts(name, Variant.parse(name).spec(), false, "zoo variant (test)", false);
    }

    private static final double FRAME_FLOPS = 2.0 * ModelSpec.builder().build().macsPerFrame();

    @Test
    void dividesTheTimePerOperationByTheBatchForTheTimePerFace() throws IOException {
        BenchSummary summary = summary(
                JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "32", "model", "cnn-rnn"), 64, "ms/op"));

        ReportRow row = summary.rows().get(0);
        assertThat(row.secondsPerFace()).isCloseTo(0.002, within(1e-12));
        assertThat(row.facesPerSecond()).isCloseTo(500, within(1e-9));
        assertThat(row.work().flopsPerFace()).isEqualTo(FRAME_FLOPS);
        assertThat(row.gflops()).isCloseTo(FRAME_FLOPS * 500 / 1e9, within(1e-9));
    }

    @Test
    void countsTwoForwardPassesOnTheImagePathOfAFlipAveragingModelOnly() throws IOException {
        BenchSummary summary = summary(
                JmhJson.entry("InferenceBenchmark.fromImage", Map.of("batch", "1", "model", "default"), 10, "ms/op"),
                JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "1", "model", "default"), 10, "ms/op"),
                JmhJson.entry("InferenceBenchmark.fromImage", Map.of("batch", "1", "model", "cnn-rnn"), 10, "ms/op"));

        assertThat(summary.rows()).extracting(r -> r.work().flopsPerFace())
                .containsExactly(2 * FRAME_FLOPS, FRAME_FLOPS, FRAME_FLOPS);
        assertThat(summary.rows().get(0).work().note()).contains("UNTRAINED fallback").contains("flip averaging");
        assertThat(summary.rows().get(2).work().note()).isEmpty();
    }

    @Test
    void takesTheBestGemmAsThePeakAndRelatesRowsToIt() throws IOException {
        BenchSummary summary = summary(
                JmhJson.entry("GemmBenchmark.gemm", Map.of("n", "1024"), 100, "ms/op"),
                JmhJson.entry("GemmBenchmark.gemm", Map.of("n", "2048"), 400, "ms/op"),
                JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "1", "model", "cnn-rnn"), 10, "ms/op"));

        double small = 2.0 * 1024 * 1024 * 1024 / 0.1 / 1e9;
        double large = 2.0 * 2048 * 2048 * 2048 / 0.4 / 1e9;
        assertThat(summary.rows().get(0).gflops()).isCloseTo(small, within(1e-9));
        assertThat(summary.gemmPeakGflops()).hasValueCloseTo(large, within(1e-9));
        ReportRow inference = summary.rows().get(2);
        assertThat(summary.peakFraction(inference)).isCloseTo(FRAME_FLOPS / 0.01 / 1e9 / large, within(1e-12));
        assertThat(summary.rows().get(0).secondsPerFace()).isNaN();
    }

    @Test
    void warnsWhenRowsExceedTheGemmPeakOnlyThen() throws IOException {
        String gemm = JmhJson.entry("GemmBenchmark.gemm", Map.of("n", "1024"), 1000, "ms/op");
        String slow = JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "1", "model", "cnn-rnn"), 1000, "ms/op");
        String fast = JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "64", "model", "cnn-rnn"), 1, "ms/op");

        assertThat(summary(gemm, slow).toMarkdown()).doesNotContain("exceed the GEMM peak");
        assertThat(summary(gemm, slow, fast).toMarkdown()).contains("**1 row(s) exceed the GEMM peak**");
    }

    @Test
    void leavesThePeakShareBlankWithoutAGemmRun() throws IOException {
        BenchSummary summary = summary(
                JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "1", "model", "cnn-rnn"), 10, "ms/op"));

        assertThat(summary.gemmPeakGflops()).isEmpty();
        assertThat(summary.peakFraction(summary.rows().get(0))).isNaN();
        assertThat(summary.toMarkdown()).contains("GEMM not measured");
    }

    @Test
    void comparesTheDefaultModelWithThePeerPerFaceOnBothPaths() throws IOException {
        BenchSummary summary = summary(
                JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "1", "model", "default"), 3, "ms/op"),
                JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "1", "model", "cnn-rnn"), 99, "ms/op"),
                JmhJson.entry("InferenceBenchmark.fromImage", Map.of("batch", "1", "model", "default"), 8, "ms/op"),
                JmhJson.entry("PeerBenchmark.peerFromTensor", Map.of("batch", "1"), 4, "ms/op"),
                JmhJson.entry("PeerBenchmark.peerFromImage", Map.of("batch", "1"), 5, "ms/op"),
                JmhJson.entry("PeerBenchmark.peerFromTensor", Map.of("batch", "32"), 64, "ms/op"));

        assertThat(summary.oursVsPeer(false, 1)).hasValueSatisfying(c -> assertThat(c.ratio()).isCloseTo(0.75, within(1e-12)));
        assertThat(summary.oursVsPeer(true, 1)).hasValueSatisfying(c -> assertThat(c.ratio()).isCloseTo(1.6, within(1e-12)));
        assertThat(summary.oursVsPeer(false, 32)).isEmpty();
        assertThat(summary.toMarkdown())
                .contains("| from tensor | 1 | 3.00 ms | 4.00 ms | 0.75x |")
                .contains("| from image | 1 | 8.00 ms | 5.00 ms | 1.60x |");
    }

    @Test
    void saysThePeerWasNotComparedWhenItsRunsAreMissing() throws IOException {
        BenchSummary summary = summary(
                JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "1", "model", "default"), 3, "ms/op"));

        assertThat(summary.oursVsPeer(false, 1)).isEmpty();
        assertThat(summary.toMarkdown()).contains("Not compared");
    }

    @Test
    void rendersOneTableRowPerResultWithReadableUnits() throws IOException {
        BenchSummary summary = summary(
                JmhJson.entry("InferenceBenchmark.fromTensor", Map.of("batch", "8", "model", "cnn-attention"), 20, "ms/op"),
                JmhJson.entry("PipelineBenchmark.preprocess", Map.of(), 250, "us/op"),
                JmhJson.entry("TrainingBenchmark.fitSteps", Map.of(), 0.125, "s/op"));

        String markdown = summary.toMarkdown();

        assertThat(markdown).contains("| Benchmark | Parameters | Time/op |");
        assertThat(markdown.lines().filter(l -> l.startsWith("| InferenceBenchmark") || l.startsWith("| Pipeline")
                || l.startsWith("| Training"))).hasSize(3);
        assertThat(markdown).contains("| InferenceBenchmark.fromTensor | batch=8 model=cnn-attention | 20.0 ms |  | 2.50 ms | 400 |");
        assertThat(markdown).contains("| PipelineBenchmark.preprocess |  | 250 us |  | 250 us | 4,000 |");
        assertThat(markdown).contains("FLOPs ~ 3 x forward");
        assertThat(markdown).contains("`cnn-attention`: zoo variant (test)");
    }

    @Test
    void relatesEachRerunWindowToOneStreamingStep() throws IOException {
        BenchSummary summary = summary(
                JmhJson.entry("StreamingBenchmark.streamStep", Map.of(), 5, "ms/op"),
                JmhJson.entry("StreamingBenchmark.windowRerun", Map.of("window", "8"), 30, "ms/op"));

        assertThat(summary.rows().get(1).work().flopsPerOp()).isEqualTo(8 * FRAME_FLOPS);
        assertThat(summary.toMarkdown()).contains("re-running window=8: 30.0 ms (6.0x the cost)");
    }

    @Test
    void countsEveryNetworkAndFlipPassOfTheEnsemble() throws IOException {
        BenchSummary summary = summary(
                JmhJson.entry("EnsembleBenchmark.fromImage", Map.of("model", "default", "batch", "64"), 128, "ms/op"),
                JmhJson.entry("EnsembleBenchmark.fromImage", Map.of("model", "ensemble", "batch", "64"), 256, "ms/op"));

        assertThat(summary.rows().get(0).work().facesPerOp()).isEqualTo(64);
        assertThat(summary.rows().get(0).work().flopsPerOp()).isEqualTo(64 * 2 * FRAME_FLOPS);
        assertThat(summary.rows().get(1).work().flopsPerOp()).isEqualTo(64 * 2 * 2 * FRAME_FLOPS);
        assertThat(summary.rows().get(1).work().note()).isEqualTo("2 networks x 2 flip passes");
    }

    @Test
    void listsGivenAccuraciesAsPercentages() throws IOException {
        List<JmhResult> results = JmhResult.parse(new StringReader(JmhJson.array(
                JmhJson.entry("GemmBenchmark.gemm", Map.of("n", "1024"), 100, "ms/op"))), "r.json");

        String markdown = BenchSummary.of("r.json", results, new WorkloadCatalog(BenchSummaryTest::facts),
                Map.of("default", 0.7125)).toMarkdown();

        assertThat(markdown).contains("| default | 71.3% |");
    }

    @Test
    void formatsQuantitiesToThreeSignificantDigitsWithAFittingUnit() {
        assertThat(BenchSummary.time(0.0123456)).isEqualTo("12.3 ms");
        assertThat(BenchSummary.time(2.5e-5)).isEqualTo("25.0 us");
        assertThat(BenchSummary.time(0.9999)).isEqualTo("1.00 s");
        assertThat(BenchSummary.time(Double.NaN)).isEmpty();
        assertThat(BenchSummary.si(2.35e8)).isEqualTo("235 M");
        assertThat(BenchSummary.si(17.2e9)).isEqualTo("17.2 G");
        assertThat(BenchSummary.si(42)).isEqualTo("42.0");
        assertThat(BenchSummary.count(30495.4)).isEqualTo("30,495");
        assertThat(BenchSummary.count(4.6123)).isEqualTo("4.61");
        assertThat(BenchSummary.percent(0.8333, 1)).isEqualTo("83.3%");
    }

    private static BenchSummary summary(String... entries) throws IOException {
        List<JmhResult> results = JmhResult.parse(new StringReader(JmhJson.array(entries)), "test.json");
        return BenchSummary.of("test.json", results, new WorkloadCatalog(BenchSummaryTest::facts), Map.of());
    }
}
