package org.fer4j.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fer4j.metrics.curve.LearningCurve;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.ModelCard;
import org.fer4j.models.train.Checkpoint;
import org.fer4j.models.train.TrainingState;
import org.fer4j.models.zoo.Variant;

/**
 * Turns a training run's checkpoint directory into a saved model directory: the best epoch's
 * weights, the architecture, a model card with the training provenance, and the learning curve as
 * {@code curve.json} / {@code curve.csv}.
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
                Set.of("variant", "checkpoint-dir", "out", "command", "seed", "name", "machine"));
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
        ModelCard card = new ModelCard(
                a.string("name", "fer4j-" + variant.id()),
                variant.id(),
                "FER2013 Training (28,709 faces)",
                "FER2013 PublicTest (3,589 faces)",
                a.string("command", "TrainModel --variant " + variant.id()),
                a.integer("seed", 42),
                state.epochsDone(),
                state.bestEpoch(),
                state.bestAccuracy(),
                minutes,
                a.string("machine", "2-core x86-64 CPU, DJL 0.36.0 / PyTorch 2.7.1"),
                LocalDate.now().toString());
        try (EmotionRecognizer recognizer = EmotionRecognizer.builder().spec(variant.spec()).build()) {
            recognizer.loadParameters(best);
            recognizer.save(out, card);
        }
        LearningCurve curve = LearningCurve.of(variant.id(), List.copyOf(state.curve()));
        curve.writeJson(out.resolve("curve.json"));
        curve.writeCsv(out.resolve("curve.csv"));
        System.out.printf("Exported %s: epoch %d of %d, validation accuracy %.2f%%, %.0f min of training -> %s%n",
                variant.id(), state.bestEpoch(), state.epochsDone(), 100 * state.bestAccuracy(), minutes, out);
    }
}
