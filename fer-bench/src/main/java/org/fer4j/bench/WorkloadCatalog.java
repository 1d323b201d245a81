package org.fer4j.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.zoo.ZooEnsemble;

/**
 * Knows what one operation of each fer-bench benchmark does, from its class, method and
 * parameters: how many faces it handles and how many floating-point operations that takes
 * (2 x {@link ModelSpec#macsPerFrame()} per frame through a network). This is the one place that
 * ties the benchmarks' parameter conventions to the report.
 */
public final class WorkloadCatalog {

    /** Training FLOPs per face as a multiple of one forward pass (forward + backward ~ 3 x forward). */
    public static final double TRAINING_FLOPS_FACTOR = 3;

    private final Function<String, ModelFacts> lookup;
    private final Map<String, ModelFacts> seen = new LinkedHashMap<>();
    private final double architectureFlops;

    /**
     * A catalog that learns about the {@code model} parameter's values from {@code lookup}.
     *
     * @param lookup facts about a model named as in the benchmarks' {@code model} parameter
     */
    public WorkloadCatalog(Function<String, ModelFacts> lookup) {
        this.lookup = lookup;
        this.architectureFlops = 2.0 * ModelSpec.builder().build().macsPerFrame();
    }

    /** A catalog that opens each named model once ({@link BenchModel#facts()}); needs the PyTorch engine. */
    public static WorkloadCatalog openingModels() {
        return new WorkloadCatalog(name -> BenchModel.parse(name).facts());
    }

    /** The models met so far, in order of first use. */
    public Collection<ModelFacts> modelsSeen() {
        return seen.values();
    }

    /** The work of one operation of a result's benchmark. */
    public Workload of(JmhResult result) {
        String key = result.benchmarkClass() + "." + result.method();
        return switch (key) {
            case "InferenceBenchmark.fromImage", "InferenceBenchmark.fromTensor" -> inference(result);
            case "RuntimeBenchmark.faces" -> "peer".equals(result.params().get("runtime"))
                    ? Workload.faces(result.intParam("batch", 1), "peer: FLOPs not counted") : inference(result);
            case "EnsembleBenchmark.fromImage" -> {
                int batch = result.intParam("batch", 1);
                int networks = EnsembleBenchmark.ENSEMBLE.equals(result.params().get("model"))
                        ? ZooEnsemble.RECOMMENDED.size() : 1;
                yield new Workload(batch, batch * networks * 2 * architectureFlops,
                        networks + (networks == 1 ? " network" : " networks") + " x 2 flip passes");
            }
            case "StreamingBenchmark.streamStep" -> new Workload(1, architectureFlops, "");
            case "StreamingBenchmark.windowRerun" -> {
                int window = result.intParam("window", 1);
                yield new Workload(1, window * architectureFlops, window + " frames re-run per new frame");
            }
            case "PeerBenchmark.peerFromImage", "PeerBenchmark.peerFromTensor" ->
                    Workload.faces(result.intParam("batch", 1), "peer: FLOPs not counted");
            case "PipelineBenchmark.preprocess", "PipelineBenchmark.augment" -> Workload.faces(1, "");
            case "TrainingBenchmark.fitSteps" ->
                    new Workload(1, TRAINING_FLOPS_FACTOR * architectureFlops, "FLOPs ~ 3 x forward");
            case "GemmBenchmark.gemm" -> {
                double n = result.intParam("n", 0);
                yield new Workload(Double.NaN, 2 * n * n * n, "");
            }
            default -> Workload.faces(result.intParam("batch", 1), "unknown benchmark: faces = batch");
        };
    }

    private Workload inference(JmhResult result) {
        String name = result.params().getOrDefault("model", BenchModel.DEFAULT);
        ModelFacts facts = seen.computeIfAbsent(name, lookup);
        int batch = result.intParam("batch", 1);
        boolean flipped = facts.flipAveraging()
                && (result.method().equals("fromImage") || result.benchmarkClass().equals("RuntimeBenchmark"));
        double flops = batch * facts.flopsPerFrame() * (flipped ? 2 : 1);
        List<String> notes = new ArrayList<>();
        if (facts.fallback()) {
            notes.add("UNTRAINED fallback");
        }
        if (flipped) {
            notes.add("flip averaging: 2 passes");
        }
        return new Workload(batch, flops, String.join("; ", notes));
    }
}
