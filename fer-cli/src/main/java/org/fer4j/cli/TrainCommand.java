package org.fer4j.cli;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fer4j.augment.AugmentationPipeline;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.ModelCard;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.nn.EmotionNet;
import org.fer4j.models.train.Checkpoint;
import org.fer4j.models.train.ClassBalance;
import org.fer4j.models.train.Distillation;
import org.fer4j.models.train.FerTrainer;
import org.fer4j.models.train.OptimizerChoice;
import org.fer4j.models.train.TrainingPlan;
import org.fer4j.models.train.TrainingState;
import org.fer4j.models.zoo.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fer4j train}: trains a model-zoo variant on FER2013 Training, selecting on PublicTest, with a
 * checkpoint per epoch in {@code --checkpoint-dir}; the same command again resumes. With {@code
 * --region-sequence} the temporal head reads each face's last feature map row by row ({@link
 * ModelSpec#regionSequence()}; LSTM or GRU variants), checkpointing by default under {@code runs/<variant>-regions}.
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Fer4jVersion.class,
        showDefaultValues = true,
        description = "Train a zoo variant on FER2013 (resumes from its checkpoint directory).")
public final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec commandSpec;

    @Mixin
    private NetworkOptions network;

    @Mixin
    private Fer2013Option data;

    @Option(names = "--epochs", defaultValue = "60", description = "Epochs to train.")
    private int epochs;

    @Option(names = "--batch", defaultValue = "64", description = "Batch size.")
    private int batch;

    @Option(names = "--lr", defaultValue = "0.001", description = "Peak learning rate.")
    private float learningRate;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up epochs.")
    private int warmup;

    @Option(names = "--weight-decay", defaultValue = "0.0001", description = "Weight decay.")
    private float weightDecay;

    @Option(names = "--smoothing", defaultValue = "0.1", description = "Label smoothing.")
    private float smoothing;

    @Option(names = "--balance", defaultValue = "NONE", description = "Class balance: ${COMPLETION-CANDIDATES}.")
    private ClassBalance balance;

    @Option(names = "--patience", defaultValue = "0", description = "Stop after this many epochs without a better "
            + "PublicTest accuracy (0: never).")
    private int patience;

    @Option(names = "--seed", defaultValue = "42", description = "Training seed.")
    private int seed;

    @Option(names = "--checkpoint-dir", paramLabel = "DIR",
            description = "Checkpoint directory (default runs/<variant>, runs/<variant>-regions with --region-sequence).")
    private Path checkpointDir;

    @Option(names = "--max-steps", defaultValue = "0", description = "Cap on steps per epoch (0: all).")
    private int maxSteps;

    @Option(names = "--keep-last-epochs", defaultValue = "0",
            description = "Keep the weights of the last N epochs as epoch-NN.params (for export --average-epochs).")
    private int keepLastEpochs;

    @Option(names = "--teacher", paramLabel = "ONNX", split = ",", description = "Distil from this teacher on ONNX Runtime: "
            + "'default', 'ensemble' or another shipped variant (e.g. cnn-attention), or an .onnx file; several, comma-separated, "
            + "are averaged. Its softened outputs are cached in the checkpoint directory.")
    private List<String> teachers;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "4", description = "Distillation temperature.")
    private float temperature;

    @Option(names = "--distill-weight", paramLabel = "W", defaultValue = "0.5",
            description = "Weight of the teacher term in [0, 1]; the labels get 1 - W.")
    private float distillWeight;

    @Option(names = "--optimizer", defaultValue = "ADAMW", description = "Update rule: ${COMPLETION-CANDIDATES} "
            + "(weight decay decoupled for AdamW, L2 for SGD).")
    private OptimizerChoice optimizer;

    @Option(names = "--momentum", defaultValue = "0.9", description = "Momentum of sgd_nesterov.")
    private float momentum;

    @Option(names = "--clip-norm", defaultValue = "0", description = "Scale each step's gradient down to this global "
            + "L2 norm when larger (PyTorch's clip_grad_norm_); 0 (default) never clips.")
    private float clipNorm;

    @Option(names = "--max-shift", defaultValue = "" + AugmentationPipeline.STANDARD_MAX_SHIFT, paramLabel = "F",
            description = "Augmented variants: random crops shift the face by up to this fraction of its side.")
    private double maxShift;

    @Option(names = "--zoom-range", defaultValue = "" + AugmentationPipeline.STANDARD_ZOOM_RANGE, paramLabel = "F",
            description = "Augmented variants: random crops zoom by 1 +- this.")
    private double zoomRange;

    @Option(names = "--erasing", defaultValue = "" + AugmentationPipeline.STANDARD_ERASING, paramLabel = "P",
            description = "Augmented variants: probability of random erasing (0: none).")
    private double erasing;

    @Option(names = "--init-weights", paramLabel = "PARAMS", description = "Start from these saved weights (warm start).")
    private Path initWeights;

    /** Trains (or resumes) and prints the best epoch. */
    @Override
    public Integer call() throws IOException {
        Variant variant = network.variant();
        boolean regionSequence = network.regionSequence();
        ModelSpec modelSpec = network.spec();
        TrainingPlan plan = TrainingPlan.builder()
                .optEpochs(epochs)
                .optBatchSize(batch)
                .optLearningRate(learningRate)
                .optWarmupEpochs(warmup)
                .optWeightDecay(weightDecay)
                .optLabelSmoothing(smoothing)
                .optClassBalance(balance)
                .optPatience(patience)
                .optSeed(seed)
                .optOptimizer(optimizer)
                .optMomentum(momentum)
                .optGradientClipNorm(clipNorm)
                .build();
        Fer2013Dataset train = Fer2013Dataset.builder().setCsvPath(data.path()).optUsage(Fer2013Usage.TRAINING).build();
        Fer2013Dataset validation =
                Fer2013Dataset.builder().setCsvPath(data.path()).optUsage(Fer2013Usage.PUBLIC_TEST).build();
        System.out.println("Training " + variant.id() + ": " + modelSpec + "\n  plan: " + plan);
        EmotionNet net = EmotionNet.of(modelSpec);
        String init = "";
        if (initWeights != null) {
            warmStart(net, modelSpec, initWeights);
            init = " init=" + initWeights.getFileName();
            System.out.println("  warm start from " + initWeights);
        }
        String augmentation = augmentationRecipe();
        Path checkpoints = checkpointDir != null
                ? checkpointDir
                : Path.of("runs", variant.id() + (regionSequence ? "-regions" : ""));
        ModelCard card = ModelCard.beforeTraining("fer4j-" + variant.id(), variant.id(),
                "FER2013 Training (" + data.path().getFileName() + ")", "FER2013 PublicTest (" + data.path().getFileName() + ")",
                "fer4j " + String.join(" ", commandSpec.commandLine().getParseResult().originalArgs()), 2.0 * modelSpec.macsPerFrame() / 1e6);
        try (EmotionModel teacherModel = teachers == null ? null : new OnnxRuntimeModels().openAll(teachers, true)) {
            FerTrainer.Builder trainer = FerTrainer.builder()
                .setBlock(net)
                .setLabels(modelSpec.labels())
                .setTrainingSet(train)
                .optValidationSet(validation)
                .optPlan(plan)
                .optAugmentation(variant.augmented() ? AugmentationPipeline.standard(maxShift, zoomRange, erasing) : null)
                .optCheckpointDir(checkpoints)
                .optMaxStepsPerEpoch(maxSteps)
                .optKeepLastEpochWeights(keepLastEpochs)
                .optDescription(variant.id() + " " + modelSpec + init + augmentation)
                .optModelCard(card);
            if (teacherModel != null) {
                trainer.optDistillation(Distillation.builder().setTeacher(teacherModel).optTeacherName(String.join(",", teachers))
                        .optTemperature(temperature).optWeight(distillWeight).build());
            }
            TrainingState state = trainer.build().fit();
            System.out.printf("Done: %d epochs, best PublicTest accuracy %.2f%% at epoch %d; card in %s%n",
                    state.epochsDone(), 100 * state.bestAccuracy(), state.bestEpoch(), checkpoints.resolve(FerTrainer.CARD));
        }
        return 0;
    }

    /**
     * How the augmentation differs from the standard one, for the run's fingerprint: empty for the
     * standard pipeline, so runs started before these options existed still resume.
     */
    private String augmentationRecipe() {
        if (!network.variant().augmented() || maxShift == AugmentationPipeline.STANDARD_MAX_SHIFT
                && zoomRange == AugmentationPipeline.STANDARD_ZOOM_RANGE && erasing == AugmentationPipeline.STANDARD_ERASING) {
            return "";
        }
        return " augmentation=shift" + maxShift + ",zoom" + zoomRange + ",erasing" + erasing;
    }

    /** Initialises the network and loads saved weights into it, so training continues from them. */
    private static void warmStart(EmotionNet net, ModelSpec spec, Path weights) throws IOException {
        NDManager manager = NDManager.newBaseManager();
        net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 1, spec.inputSide(), spec.inputSide()));
        Checkpoint.loadParameters(weights, net, manager);
    }
}
