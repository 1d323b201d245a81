package org.fer4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.fer4j.core.ModelCard;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.metrics.Evaluator;
import org.fer4j.metrics.curve.LearningCurve;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.train.Checkpoint;
import org.fer4j.models.train.FerTrainer;
import org.fer4j.models.train.TrainingState;
import org.fer4j.models.train.WeightAveraging;
import org.fer4j.models.zoo.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fer4j export}: turns a training run's checkpoint directory into a saved model directory: the
 * best epoch's weights, the architecture, a model card with the training provenance, and the learning
 * curve as {@code curve.json} / {@code curve.csv}. With {@code --average-epochs A-B} the weights are
 * the element-wise mean of epochs A to B ({@link WeightAveraging}; {@code epoch-NN.params} kept by
 * {@code train --keep-last-epochs}, or {@code epoch-NN.ckpt} copies); with {@code --average-weights}
 * the mean of the weight files given (e.g. the best epochs of consecutive cosine cycles: a "model soup").
 * An averaged model's card carries its accuracy measured on {@code --data}'s PublicTest rows, with
 * and without flip averaging, since no epoch scored that model.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Fer4jVersion.class,
        showDefaultValues = true,
        description = "Turn a training run's checkpoints into a saved model directory with its model card and curve.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private NetworkOptions network;

    @Option(names = "--checkpoint-dir", paramLabel = "DIR", description = "The run's checkpoints (default runs/<variant>).")
    private Path checkpointDir;

    @Option(names = "--out", paramLabel = "DIR", description = "The model directory to write (default models/<variant>).")
    private Path out;

    @Option(names = "--command", description = "How the run was started, for the model card "
            + "(default \"fer4j train --variant <variant>\").")
    private String command;

    @Option(names = "--seed", defaultValue = "42", description = "The run's training seed, for the model card of a run without a trainer-written card.")
    private int seed;

    @Option(names = "--name", description = "The model's name (default fer4j-<variant>).")
    private String name;

    @Option(names = "--machine", defaultValue = "2-core x86-64 CPU, DJL 0.36.0 / PyTorch 2.7.1",
            description = "Where it trained, for the model card of a run without a trainer-written card.")
    private String machine;

    @Option(names = "--average-epochs", paramLabel = "A-B", description = "Average the weights of epochs A to B.")
    private String averageEpochs;

    @Option(names = "--average-weights", paramLabel = "FILE", split = ",", description = "Average these weight files "
            + "(.params or .ckpt of the same network, e.g. the best epochs of two consecutive runs) instead.")
    private List<Path> averageWeights;

    @Mixin
    private Fer2013Option data;

    /** Writes the model directory. */
    @Override
    public Integer call() throws IOException {
        Variant variant = network.variant();
        Path checkpoints = checkpointDir != null ? checkpointDir : Path.of("runs", variant.id());
        Path target = out != null ? out : Path.of("models", variant.id());
        TrainingState state = Checkpoint.readState(checkpoints)
                .orElseThrow(() -> new IllegalArgumentException("No " + Checkpoint.LAST + " in " + checkpoints));
        Path best = checkpoints.resolve(Checkpoint.BEST);
        if (!Files.exists(best)) {
            throw new IllegalArgumentException("No " + Checkpoint.BEST + " in " + checkpoints);
        }
        double minutes = state.curve().stream().mapToDouble(e -> e.seconds()).sum() / 60;
        if (averageEpochs != null && averageWeights != null) {
            throw new ParameterException(spec.commandLine(), "Use --average-epochs or --average-weights, not both");
        }
        int[] window = averageEpochs == null ? null : epochRange(averageEpochs, state.epochsDone());
        List<Path> averaged = averageWeights != null ? existing(averageWeights)
                : window == null ? List.of() : epochFiles(checkpoints, window);
        String averagingNote = window != null ? ", weights averaged over epochs " + window[0] + "-" + window[1]
                : averageWeights != null ? ", weights averaged over " + averageWeights.stream().map(Path::toString)
                        .collect(Collectors.joining(" + ")) : "";
        Optional<ModelCard> trainerCard = trainerCard(checkpoints);
        try (EmotionRecognizer recognizer = EmotionRecognizer.builder().spec(network.spec()).build()) {
            int keptEpoch = window != null ? window[1] : state.bestEpoch();
            double accuracy = state.bestAccuracy();
            double accuracyWithFlip = trainerCard.map(ModelCard::validationAccuracyWithFlip).orElse(Double.NaN);
            if (averaged.isEmpty()) {
                recognizer.loadParameters(best);
            } else {
                WeightAveraging.averageInto(recognizer.block(), recognizer.zooModel().getNDManager(), averaged);
                accuracy = publicTestAccuracy(recognizer, data.path());
                accuracyWithFlip = averagedAccuracyWithFlip(averaged);
            }
            ModelCard card;
            if (trainerCard.isPresent()) {
                ModelCard written = trainerCard.get();
                card = new ModelCard(name != null ? name : written.name(), variant.id(), written.trainingData(),
                        written.validationData(), (command != null ? command : written.command()) + averagingNote,
                        written.seed(), written.epochs(), keptEpoch, accuracy, written.trainingMinutes(),
                        written.machine(), written.created(), written.plan(), written.megaFlopsPerFace(),
                        accuracyWithFlip);
            } else {
                card = new ModelCard(
                        name != null ? name : "fer4j-" + variant.id(),
                        variant.id(),
                        "FER2013 Training (28,709 faces)",
                        "FER2013 PublicTest (3,589 faces)",
                        (command != null ? command : "fer4j train --variant " + variant.id()) + averagingNote,
                        seed,
                        state.epochsDone(),
                        keptEpoch,
                        accuracy,
                        minutes,
                        machine,
                        LocalDate.now().toString());
            }
            recognizer.save(target, card);
            System.out.printf("Exported %s: %s, PublicTest accuracy %.2f%% (no flip), %.2f%% (flip), %d epochs, %.0f min"
                            + " of training -> %s%n",
                    variant.id(), averaged.isEmpty() ? "epoch " + keptEpoch : "mean of " + averaged.size() + " weight files",
                    100 * accuracy, 100 * accuracyWithFlip, state.epochsDone(), minutes, target);
        }
        LearningCurve curve = LearningCurve.of(variant.id(), List.copyOf(state.curve()));
        curve.writeJson(target.resolve("curve.json"));
        curve.writeCsv(target.resolve("curve.csv"));
        return 0;
    }

    /** The card the trainer wrote beside the checkpoints ({@link FerTrainer#CARD}), when the run has one. */
    private static Optional<ModelCard> trainerCard(Path checkpoints) throws IOException {
        Path file = checkpoints.resolve(FerTrainer.CARD);
        return Files.exists(file) ? Optional.of(ModelCard.fromJson(Files.readString(file))) : Optional.empty();
    }

    /** Parses "A-B" into {A, B}, within the run's epochs; anything else is a usage error. */
    private int[] epochRange(String range, int epochsDone) {
        String[] ends = range.split("-");
        try {
            if (ends.length == 2) {
                int from = Integer.parseInt(ends[0].trim());
                int to = Integer.parseInt(ends[1].trim());
                if (from < 1 || to < from || to > epochsDone) {
                    throw new ParameterException(spec.commandLine(),
                            "--average-epochs " + range + " is outside the run's epochs 1-" + epochsDone);
                }
                return new int[] {from, to};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--average-epochs wants A-B, e.g. 51-60, got '" + range + "'");
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

    /** The files, each of which must exist. */
    private List<Path> existing(List<Path> files) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "--average-weights: no such file " + file);
            }
        }
        return files;
    }

    /** PublicTest accuracy with flip averaging of the mean of the weight files. */
    private double averagedAccuracyWithFlip(List<Path> averaged) throws IOException {
        try (EmotionRecognizer flipped = EmotionRecognizer.builder().spec(network.spec()).flipAveraging(true).build()) {
            WeightAveraging.averageInto(flipped.block(), flipped.zooModel().getNDManager(), averaged);
            return publicTestAccuracy(flipped, data.path());
        }
    }

    /** Top-1 accuracy on the PublicTest rows of a FER2013 file (with flip averaging when the recognizer has it). */
    private static double publicTestAccuracy(EmotionRecognizer recognizer, Path csv) throws IOException {
        Fer2013Dataset publicTest = Fer2013Dataset.builder().setCsvPath(csv).optUsage(Fer2013Usage.PUBLIC_TEST).build();
        return Evaluator.evaluate(recognizer, publicTest).accuracy();
    }
}
