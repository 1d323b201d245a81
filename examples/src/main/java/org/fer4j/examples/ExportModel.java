package org.fer4j.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.examples.report.ScoreMetrics;
import org.fer4j.metrics.curve.LearningCurve;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.ModelCard;
import org.fer4j.models.train.Checkpoint;
import org.fer4j.models.train.TrainingState;
import org.fer4j.models.train.WeightAveraging;
import org.fer4j.models.zoo.Variant;

/**
 * Turns a training run's checkpoint directory into a saved model directory: the best epoch's
 * weights, the architecture, a model card with the training provenance, and the learning curve as
 * {@code curve.json} / {@code curve.csv}.
 *
 * <p>With {@code --average-epochs A-B} the exported weights are instead the element-wise mean of
 * epochs A to B ({@link WeightAveraging}; files {@code epoch-NN.params} kept by {@code TrainModel
 * --keep-last-epochs}, or {@code epoch-NN.ckpt} copies of the run's checkpoint), and the card's
 * accuracy is measured on {@code --data}'s PublicTest rows, since no epoch scored that model.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.ExportModel \
 *   -Dexec.args="--variant cnn-rnn-augmented --checkpoint-dir runs/cnn-rnn-augmented --out models/cnn-rnn-augmented"
 * </pre>
 */
public final class ExportModel {

    private ExportModel() {}

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(),
                Set.of("variant", "checkpoint-dir", "out", "command", "seed", "name", "machine", "average-epochs", "data"));
        Variant variant = Variant.parse(a.string("variant", "cnn-rnn-augmented"));
        Path checkpoints = a.path("checkpoint-dir", Path.of("runs", variant.id()));
        Path out = a.path("out", Path.of("models", variant.id()));
        TrainingState state = Checkpoint.readState(checkpoints)
                .orElseThrow(() -> new IllegalArgumentException("No " + Checkpoint.LAST + " in " + checkpoints));
        Path best = checkpoints.resolve(Checkpoint.BEST);
        if (!Files.exists(best)) {
            throw new IllegalArgumentException("No " + Checkpoint.BEST + " in " + checkpoints);
        }
        double minutes = state.curve().stream().mapToDouble(e -> e.seconds()).sum() / 60;
        int[] window = a.has("average-epochs") ? epochRange(a.string("average-epochs", ""), state.epochsDone()) : null;
        List<Path> averaged = window == null ? List.of() : epochFiles(checkpoints, window);
        String command = a.string("command", "TrainModel --variant " + variant.id());
        try (EmotionRecognizer recognizer = EmotionRecognizer.builder().spec(variant.spec()).build()) {
            int keptEpoch = state.bestEpoch();
            double accuracy = state.bestAccuracy();
            if (averaged.isEmpty()) {
                recognizer.loadParameters(best);
            } else {
                WeightAveraging.averageInto(recognizer.block(), recognizer.zooModel().getNDManager(), averaged);
                keptEpoch = window[1];
                accuracy = publicTestAccuracy(recognizer, a.path("data", Path.of("../shared/data/fer2013/fer2013.csv.gz")));
                command += ", weights averaged over epochs " + window[0] + "-" + window[1];
            }
            ModelCard card = new ModelCard(
                    a.string("name", "fer4j-" + variant.id()),
                    variant.id(),
                    "FER2013 Training (28,709 faces)",
                    "FER2013 PublicTest (3,589 faces)",
                    command,
                    a.integer("seed", 42),
                    state.epochsDone(),
                    keptEpoch,
                    accuracy,
                    minutes,
                    a.string("machine", "2-core x86-64 CPU, DJL 0.36.0 / PyTorch 2.7.1"),
                    LocalDate.now().toString());
            recognizer.save(out, card);
            System.out.printf("Exported %s: %s, PublicTest accuracy %.2f%% (no flip), %d epochs, %.0f min of training -> %s%n",
                    variant.id(), averaged.isEmpty() ? "epoch " + keptEpoch : "mean of " + averaged.size() + " epochs",
                    100 * accuracy, state.epochsDone(), minutes, out);
        }
        LearningCurve curve = LearningCurve.of(variant.id(), List.copyOf(state.curve()));
        curve.writeJson(out.resolve("curve.json"));
        curve.writeCsv(out.resolve("curve.csv"));
    }

    /** Parses "A-B" into {A, B}, within the run's epochs. */
    private static int[] epochRange(String range, int epochsDone) {
        String[] ends = range.split("-");
        if (ends.length != 2) {
            throw new IllegalArgumentException("--average-epochs wants A-B, e.g. 51-60, got '" + range + "'");
        }
        int from = Integer.parseInt(ends[0].trim());
        int to = Integer.parseInt(ends[1].trim());
        if (from < 1 || to < from || to > epochsDone) {
            throw new IllegalArgumentException("--average-epochs " + range + " is outside the run's epochs 1-" + epochsDone);
        }
        return new int[] {from, to};
    }

    /** The weights file of each epoch of the window: epoch-NN.params, or else epoch-NN.ckpt, in the run directory. */
    private static List<Path> epochFiles(Path dir, int[] window) {
        List<Path> files = new ArrayList<>();
        for (int epoch = window[0]; epoch <= window[1]; epoch++) {
            Path params = dir.resolve(Checkpoint.epochFileName(epoch));
            Path snapshot = dir.resolve(Checkpoint.epochFileName(epoch).replace(".params", ".ckpt"));
            if (Files.exists(params)) {
                files.add(params);
            } else if (Files.exists(snapshot)) {
                files.add(snapshot);
            } else {
                throw new IllegalArgumentException("No weights of epoch " + epoch + " in " + dir + " (looked for "
                        + params.getFileName() + " and " + snapshot.getFileName() + ")");
            }
        }
        return files;
    }

    /** Top-1 accuracy without flip averaging on the PublicTest rows of a FER2013 file. */
    private static double publicTestAccuracy(EmotionRecognizer recognizer, Path csv) throws IOException {
        Fer2013Dataset publicTest = Fer2013Dataset.builder().setCsvPath(csv).optUsage(Fer2013Usage.PUBLIC_TEST).build();
        publicTest.prepare(null);
        return ScoreMetrics.of(recognizer.labels(), recognizer.predictDataset(publicTest), ScoreMetrics.truth(publicTest))
                .accuracy();
    }
}
