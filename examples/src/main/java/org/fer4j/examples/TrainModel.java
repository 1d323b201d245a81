package org.fer4j.examples;

import java.nio.file.Path;
import java.util.Set;
import org.fer4j.augment.AugmentationPipeline;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.nn.EmotionNet;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.fer4j.models.train.Checkpoint;
import org.fer4j.models.train.ClassBalance;
import org.fer4j.models.train.FerTrainer;
import org.fer4j.models.train.TrainingPlan;
import org.fer4j.models.train.TrainingState;
import org.fer4j.models.zoo.Variant;

/**
 * Trains a model-zoo variant on FER2013 (Training split), selecting on PublicTest, with a
 * checkpoint per epoch in {@code --checkpoint-dir}; run it again with the same arguments to resume.
 * With {@code --region-sequence} the temporal head reads each face's last feature map row by row
 * ({@link ModelSpec#regionSequence()}; LSTM or GRU variants only), checkpointing by default under
 * {@code runs/<variant>-regions}.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.TrainModel \
 *   -Dexec.args="--variant cnn-rnn-augmented --epochs 80 --checkpoint-dir runs/cnn-rnn-augmented"
 * </pre>
 */
public final class TrainModel {

    private TrainModel() {}

    /** Entry point; see the class comment for options. */
    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("region-sequence"),
                Set.of("variant", "data", "epochs", "batch", "lr", "seed", "checkpoint-dir", "max-steps",
                        "warmup", "weight-decay", "smoothing", "balance", "patience", "channels", "dropout",
                        "keep-last-epochs", "init-weights"));
        Variant variant = Variant.parse(a.string("variant", "cnn-rnn-augmented"));
        Path data = a.path("data", Path.of("../shared/data/fer2013/fer2013.csv.gz"));
        ModelSpec.Builder spec = variant.spec().toBuilder();
        if (a.has("channels")) {
            spec.optChannels(java.util.Arrays.stream(a.string("channels", "").split(","))
                    .mapToInt(Integer::parseInt).toArray());
        }
        spec.optDropout(a.decimal("dropout", variant.spec().dropout()));
        boolean regions = a.flag("region-sequence");
        spec.optRegionSequence(regions);
        ModelSpec modelSpec = spec.build();
        TrainingPlan plan = TrainingPlan.builder()
                .optEpochs(a.integer("epochs", 60))
                .optBatchSize(a.integer("batch", 64))
                .optLearningRate(a.decimal("lr", 1e-3f))
                .optWarmupEpochs(a.integer("warmup", 2))
                .optWeightDecay(a.decimal("weight-decay", 1e-4f))
                .optLabelSmoothing(a.decimal("smoothing", 0.1f))
                .optClassBalance(ClassBalance.valueOf(a.string("balance", "NONE")))
                .optPatience(a.integer("patience", 0))
                .optSeed(a.integer("seed", 42))
                .build();
        Fer2013Dataset train = Fer2013Dataset.builder().setCsvPath(data).optUsage(Fer2013Usage.TRAINING).build();
        Fer2013Dataset validation =
                Fer2013Dataset.builder().setCsvPath(data).optUsage(Fer2013Usage.PUBLIC_TEST).build();
        System.out.println("Training " + variant.id() + ": " + modelSpec + "\n  plan: " + plan);
        EmotionNet net = EmotionNet.of(modelSpec);
        String init = "";
        if (a.has("init-weights")) {
            Path weights = a.path("init-weights", null);
            warmStart(net, modelSpec, weights);
            init = " init=" + weights.getFileName();
            System.out.println("  warm start from " + weights);
        }
        FerTrainer trainer = FerTrainer.builder()
                .setBlock(net)
                .setLabels(modelSpec.labels())
                .setTrainingSet(train)
                .optValidationSet(validation)
                .optPlan(plan)
                .optAugmentation(variant.augmented() ? AugmentationPipeline.standard() : null)
                .optCheckpointDir(a.path("checkpoint-dir", Path.of("runs", variant.id() + (regions ? "-regions" : ""))))
                .optMaxStepsPerEpoch(a.integer("max-steps", 0))
                .optKeepLastEpochWeights(a.integer("keep-last-epochs", 0))
                .optDescription(variant.id() + " " + modelSpec + init)
                .build();
        TrainingState state = trainer.fit();
        System.out.printf("Done: %d epochs, best PublicTest accuracy %.2f%% at epoch %d%n",
                state.epochsDone(), 100 * state.bestAccuracy(), state.bestEpoch());
    }

    /** Initialises the network and loads saved weights into it, so training continues from them. */
    private static void warmStart(EmotionNet net, ModelSpec spec, Path weights) throws java.io.IOException {
        NDManager manager = NDManager.newBaseManager();
        net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 1, spec.inputSide(), spec.inputSide()));
        Checkpoint.loadParameters(weights, net, manager);
    }
}
