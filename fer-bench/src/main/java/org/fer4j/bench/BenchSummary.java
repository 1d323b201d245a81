package org.fer4j.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The readable digest of a JMH run: per benchmark the time per face, the model's FLOPs per face,
 * the achieved GFLOP/s and its share of the measured GEMM peak; ours against the peer; streaming
 * against re-running a window; and PublicTest accuracies when given. Renders as Markdown.
 */
public final class BenchSummary {

    private static final String OURS = "InferenceBenchmark.";
    private static final String PEER = "PeerBenchmark.";

    private final String source;
    private final List<JmhResult> results;
    private final List<ReportRow> rows;
    private final List<ModelFacts> models;
    private final Map<String, Double> accuracies;

    private BenchSummary(String source, List<JmhResult> results, List<ReportRow> rows, Collection<ModelFacts> models,
            Map<String, Double> accuracies) {
        this.source = source;
        this.results = List.copyOf(results);
        this.rows = List.copyOf(rows);
        this.models = List.copyOf(models);
        this.accuracies = new LinkedHashMap<>(accuracies);
    }

    /**
     * Digests results.
     *
     * @param source where the results came from, for the heading
     * @param results the JMH results
     * @param catalog what each benchmark operation does
     * @param accuracies PublicTest accuracies by model name, as fractions in [0, 1] (may be empty)
     */
    public static BenchSummary of(
            String source, List<JmhResult> results, WorkloadCatalog catalog, Map<String, Double> accuracies) {
        List<ReportRow> rows = new ArrayList<>();
        for (JmhResult result : results) {
            rows.add(ReportRow.of(result, catalog.of(result)));
        }
        return new BenchSummary(source, results, rows, catalog.modelsSeen(), accuracies);
    }

    /** One row per result, in file order. */
    public List<ReportRow> rows() {
        return rows;
    }

    /** The best GFLOP/s of the GEMM benchmark, if it ran. */
    public OptionalDouble gemmPeakGflops() {
        return rows.stream().filter(r -> r.benchmark().equals("GemmBenchmark.gemm")).mapToDouble(ReportRow::gflops).max();
    }

    /** A row's share of the GEMM peak, NaN without a peak or a FLOP count. */
    public double peakFraction(ReportRow row) {
        return row.gflops() / gemmPeakGflops().orElse(Double.NaN);
    }

    /**
     * The default model's time per face against the peer's at one batch size on one path.
     *
     * @param fromImage true for the decoded-picture path, false for the ready-tensor path
     * @param batch the batch size both ran at
     */
    public Optional<PeerComparison> oursVsPeer(boolean fromImage, int batch) {
        Optional<ReportRow> ours = find(OURS + (fromImage ? "fromImage" : "fromTensor"), "model=" + BenchModel.DEFAULT,
                "batch=" + batch);
        Optional<ReportRow> peer = find(PEER + (fromImage ? "peerFromImage" : "peerFromTensor"), "batch=" + batch);
        if (ours.isEmpty() || peer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PeerComparison(fromImage ? "from image" : "from tensor", batch,
                ours.get().secondsPerFace(), peer.get().secondsPerFace()));
    }

    private Optional<ReportRow> find(String benchmark, String... params) {
        return rows.stream()
                .filter(r -> r.benchmark().equals(benchmark))
                .filter(r -> List.of(r.params().split(" ")).containsAll(List.of(params)))
                .findFirst();
    }

    /** The whole summary as Markdown. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# fer4j benchmark summary\n\n");
        md.append("Results: `").append(source).append("` (").append(rows.size()).append(" benchmarks)");
        Set<String> jvmArgs = new LinkedHashSet<>();
        results.forEach(r -> jvmArgs.add(String.join(" ", r.jvmArgs())));
        jvmArgs.remove("");
        if (!jvmArgs.isEmpty()) {
            md.append("; JVM arguments: ");
            jvmArgs.forEach(a -> md.append('`').append(a).append("` "));
        }
        md.append("\n\n");
        appendModels(md);
        appendPeak(md);
        appendTable(md);
        appendPeer(md);
        appendStreaming(md);
        appendAccuracies(md);
        return md.toString();
    }

    private void appendModels(StringBuilder md) {
        if (models.isEmpty()) {
            return;
        }
        md.append("## Models\n\n");
        for (ModelFacts m : models) {
            md.append("- `").append(m.name()).append("`: ").append(m.fallback() ? "**" : "").append(m.provenance())
                    .append(m.fallback() ? "**" : "").append("; ").append(si(m.flopsPerFrame())).append(" FLOP per frame")
                    .append(m.flipAveraging() ? " (x2 on the image path: flip averaging)" : "").append('\n');
        }
        md.append('\n');
    }

    private void appendPeak(StringBuilder md) {
        md.append("## Hardware limit\n\n");
        OptionalDouble peak = gemmPeakGflops();
        if (peak.isPresent()) {
            md.append(String.format(Locale.ROOT,
                    "Measured fp32 GEMM peak through DJL/PyTorch: **%.1f GFLOP/s** (best of the GEMM sizes).%n%n",
                    peak.getAsDouble()));
        } else {
            md.append("GEMM not measured: no `% of peak` column values.\n\n");
        }
    }

    private void appendTable(StringBuilder md) {
        md.append("## Results\n\n");
        md.append("| Benchmark | Parameters | Time/op | ± | Time/face | Faces/s | FLOP/face | GFLOP/s | % of GEMM peak | Note |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (ReportRow r : rows) {
            md.append("| ").append(r.benchmark())
                    .append(" | ").append(r.params())
                    .append(" | ").append(time(r.secondsPerOp()))
                    .append(" | ").append(Double.isNaN(r.relativeError()) ? "" : percent(r.relativeError(), 0))
                    .append(" | ").append(time(r.secondsPerFace()))
                    .append(" | ").append(count(r.facesPerSecond()))
                    .append(" | ").append(si(r.work().flopsPerFace()))
                    .append(" | ").append(Double.isNaN(r.gflops()) ? "" : String.format(Locale.ROOT, "%.1f", r.gflops()))
                    .append(" | ").append(percent(peakFraction(r), 1))
                    .append(" | ").append(r.work().note())
                    .append(" |\n");
        }
        md.append('\n');
        long aboveBlas = rows.stream().filter(r -> peakFraction(r) > 1).count();
        if (aboveBlas > 0) {
            md.append("**").append(aboveBlas).append(" row(s) exceed the GEMM peak**: the GEMM ran under heavier load "
                    + "than they did, or too briefly to reach its peak. Re-run on an idle machine before reading the "
                    + "`% of GEMM peak` column.\n\n");
        }
    }

    private void appendPeer(StringBuilder md) {
        md.append("## Ours (default model) vs peer (mini-Xception, ONNX Runtime)\n\n");
        List<PeerComparison> comparisons = new ArrayList<>();
        for (int batch : new int[] {1, 32}) {
            oursVsPeer(false, batch).ifPresent(comparisons::add);
            oursVsPeer(true, batch).ifPresent(comparisons::add);
        }
        if (comparisons.isEmpty()) {
            md.append("Not compared: the results lack the default model's or the peer's batch-1 runs "
                    + "(the peer is skipped when its ONNX file is absent).\n\n");
            return;
        }
        md.append("| Path | Batch | Ours time/face | Peer time/face | Ours / peer |\n|---|---:|---:|---:|---:|\n");
        for (PeerComparison c : comparisons) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %.2fx |%n",
                    c.path(), c.batch(), time(c.oursSecondsPerFace()), time(c.peerSecondsPerFace()), c.ratio()));
        }
        md.append("\nBelow 1x: ours is faster per face.\n\n");
    }

    private void appendStreaming(StringBuilder md) {
        Optional<ReportRow> step = find("StreamingBenchmark.streamStep");
        List<ReportRow> windows = rows.stream().filter(r -> r.benchmark().equals("StreamingBenchmark.windowRerun")).toList();
        if (step.isEmpty() || windows.isEmpty()) {
            return;
        }
        md.append("## Streaming\n\n");
        for (ReportRow w : windows) {
            md.append(String.format(Locale.ROOT, "- New frame with carried LSTM state: %s; re-running %s: %s (%.1fx the cost)%n",
                    time(step.get().secondsPerOp()), w.params(), time(w.secondsPerOp()),
                    w.secondsPerOp() / step.get().secondsPerOp()));
        }
        md.append('\n');
    }

    private void appendAccuracies(StringBuilder md) {
        if (accuracies.isEmpty()) {
            return;
        }
        md.append("## FER2013 PublicTest accuracy (given)\n\n| Model | Accuracy |\n|---|---:|\n");
        accuracies.forEach((name, value) -> md.append("| ").append(name).append(" | ").append(percent(value, 1))
                .append(" |\n"));
        md.append('\n');
    }

    /** A duration to three significant digits with a unit chosen so that it reads 1 to 999 (blank for NaN). */
    static String time(double seconds) {
        return scaled(seconds, new String[] {"ns", "us", "ms", "s"}, 1e-9);
    }

    /** A quantity to three significant digits with an SI prefix, e.g. {@code 235 M} (blank for NaN). */
    static String si(double value) {
        return scaled(value, new String[] {"", "k", "M", "G", "T", "P"}, 1);
    }

    /** Picks the largest unit (each 1000x the previous, the first worth {@code base}) that keeps the value >= 1. */
    private static String scaled(double value, String[] units, double base) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "" : String.valueOf(value);
        }
        int unit = 0;
        double factor = base;
        while (unit + 1 < units.length && significant(Math.abs(value) / (factor * 1000)).compareTo(BigDecimal.ONE) >= 0) {
            unit++;
            factor *= 1000;
        }
        String number = significant(value / factor).toPlainString();
        return units[unit].isEmpty() ? number : number + " " + units[unit];
    }

    /** Rounds to three significant digits and keeps all three, so 20 reads {@code 20.0} like 23.4 does. */
    private static BigDecimal significant(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        return rounded.signum() != 0 && rounded.precision() < 3 ? rounded.setScale(rounded.scale() + 3 - rounded.precision())
                : rounded;
    }

    /** A count, rounded to whole units above 100 (blank for NaN). */
    static String count(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }

    /** A fraction as a percentage (blank for NaN). */
    static String percent(double fraction, int decimals) {
        if (Double.isNaN(fraction)) {
            return "";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * fraction);
    }

    /**
     * Our default model against the peer on one path at one batch size.
     *
     * @param path {@code from image} or {@code from tensor}
     * @param batch the batch size
     * @param oursSecondsPerFace our time per face
     * @param peerSecondsPerFace the peer's time per face
     */
    public record PeerComparison(String path, int batch, double oursSecondsPerFace, double peerSecondsPerFace) {
        /** Ours divided by the peer's time per face: below 1 means ours is faster. */
        public double ratio() {
            return oursSecondsPerFace / peerSecondsPerFace;
        }
    }
}
