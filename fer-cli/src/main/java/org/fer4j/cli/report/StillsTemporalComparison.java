package org.fer4j.cli.report;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.fer4j.core.AtomicFile;
import org.fer4j.augment.AugmentationPipeline;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.metrics.curve.EpochRecord;
import org.fer4j.metrics.report.ReportTable;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.Temporal;
import org.fer4j.models.nn.EmotionNet;
import org.fer4j.models.train.FerTrainer;
import org.fer4j.models.train.TrainingPlan;
import org.fer4j.models.train.TrainingState;
import org.fer4j.models.zoo.Variant;

/**
 * "Temporal for stills" (issue #3): on FER2013 stills a clip has one frame, so the shipped LSTM makes
 * a single step. This trains, under one fixed budget, three readings of a still and compares them on
 * PublicTest: (a) the shipped LSTM over T = 1, (b) no recurrence ({@link Temporal#NONE}), and (c) an
 * LSTM over the rows of the last feature map read top to bottom ({@link ModelSpec#regionSequence()}).
 *
 * <p>All three share the CNN ({@code --channels}), the training plan, the seed and the recipe of
 * {@code --variant} (default the shipped cnn-rnn-augmented: fer-augment's standard augmentation);
 * each trains on FER2013 Training and is selected on PublicTest (the epoch with the best PublicTest
 * accuracy). Each configuration checkpoints every epoch under {@code
 * out/<config>}, so rerunning the same command resumes. Writes {@value #JSON} and {@value #MARKDOWN}
 * into {@code --out} and prints the table.
 *
 * <pre>
 * fer4j report stills-temporal --data ../shared/data/fer2013/fer2013.csv.gz --epochs 4 --out runs/stills-temporal
 * </pre>
 */
public final class StillsTemporalComparison {

    /** The JSON file written into the output folder. */
    public static final String JSON = "stills-temporal.json";
    /** The Markdown file written into the output folder. */
    public static final String MARKDOWN = "stills-temporal.md";

    private StillsTemporalComparison() {}

    /**
     * The three readings of a still face that are compared, each a change of the temporal head of one
     * zoo {@link Variant}'s architecture and recipe (the shipped {@link Variant#CNN_RNN_AUGMENTED} by default).
     */
    public enum Config {
        /** The variant as it is: the pooled frame feature, one LSTM step. */
        LSTM_STILL("LSTM over T=1 (shipped)", spec -> spec),
        /** The pooled frame feature classified directly. */
        NO_RECURRENCE("No recurrence", spec -> spec.optTemporal(Temporal.NONE)),
        /** The variant's recurrent head reads the last feature map row by row, top to bottom. */
        LSTM_ROWS("LSTM over the row regions", spec -> spec.optRegionSequence(true));

        private final String title;
        private final UnaryOperator<ModelSpec.Builder> reading;

        Config(String title, UnaryOperator<ModelSpec.Builder> reading) {
            this.title = title;
            this.reading = reading;
        }

        /** The short name used for the checkpoint folder and in the outputs, e.g. {@code lstm-still}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** What the configuration is, for people. */
        public String title() {
            return title;
        }

        /** This configuration's architecture on a shared base (the variant's spec with the shared channels). */
        public ModelSpec spec(ModelSpec base) {
            return reading.apply(base.toBuilder()).build();
        }
    }

    /**
     * How the comparison was run.
     *
     * @param data the FER2013 CSV
     * @param trainingFaces FER2013 Training faces
     * @param validationFaces PublicTest faces
     * @param maxStepsPerEpoch the cap on steps per epoch (0 = all)
     * @param plan the training plan all configurations share
     * @param variant the zoo variant whose architecture and recipe (augmentation) every configuration starts from
     * @param base the architecture all configurations share apart from the temporal reading
     */
    public record Setup(
            Path data, int trainingFaces, int validationFaces, int maxStepsPerEpoch, TrainingPlan plan,
            Variant variant, ModelSpec base) {}

    /**
     * One configuration's outcome.
     *
     * @param config the configuration
     * @param spec its architecture
     * @param parameters its parameter values (weights, biases and batch-norm statistics)
     * @param bestAccuracy the best PublicTest accuracy over the epochs
     * @param bestEpoch the epoch that reached it
     * @param epochs epochs trained
     * @param seconds training and validation time summed over the epochs
     */
    public record Result(
            Config config, ModelSpec spec, long parameters, double bestAccuracy, int bestEpoch, int epochs,
            double seconds) {

        /** Recurrent steps the head makes per face: none without recurrence, else one per frame or row region. */
        public int headSteps() {
            return spec.temporal() == Temporal.NONE ? 0 : spec.stepsPerFrame();
        }

        /** Floating-point operations of one face's forward pass, in millions (two per multiply-accumulate). */
        public double mflopPerFace() {
            return 2.0 * spec.macsPerFrame() / 1e6;
        }
    }

    /**
     * Trains (or resumes) the three configurations and writes the comparison.
     *
     * @param data the FER2013 CSV(.gz)
     * @param variant the zoo variant every configuration starts from
     * @param epochs epochs per configuration
     * @param maxSteps the cap on steps per epoch (0 = all)
     * @param channels the CNN channels all configurations share
     * @param batchSize the batch size
     * @param seed the training seed
     * @param out the output folder (one checkpoint folder per configuration inside)
     */
    public static void run(Path data, Variant variant, int epochs, int maxSteps, int[] channels, int batchSize,
            long seed, Path out) throws IOException {
        ModelSpec base = variant.spec().toBuilder().optChannels(channels).build();
        TrainingPlan plan = TrainingPlan.builder()
                .optEpochs(epochs)
                .optBatchSize(batchSize)
                .optWarmupEpochs(epochs > 2 ? 1 : 0)
                .optSeed(seed)
                .build();
        Fer2013Dataset train = Fer2013Dataset.builder().setCsvPath(data).optUsage(Fer2013Usage.TRAINING).build();
        Fer2013Dataset publicTest =
                Fer2013Dataset.builder().setCsvPath(data).optUsage(Fer2013Usage.PUBLIC_TEST).build();
        train.prepare(null);
        publicTest.prepare(null);
        Setup setup = new Setup(data, train.samples().size(), publicTest.samples().size(), maxSteps,
                plan, variant, base);
        System.out.printf("Stills temporal comparison: %d Training faces, %d PublicTest faces, channels %s, plan: %s%n",
                setup.trainingFaces(), setup.validationFaces(), Arrays.toString(base.channels()), plan);

        List<Result> results = new ArrayList<>();
        for (Config config : Config.values()) {
            results.add(train(config, setup, train, publicTest, out.resolve(config.id())));
        }
        write(results, setup, out);
        System.out.println(table(results).toMarkdown());
        System.out.println("Wrote " + out.resolve(JSON) + " and " + out.resolve(MARKDOWN));
    }

    /** Trains (or resumes) one configuration and reads off its result. */
    private static Result train(Config config, Setup setup, Fer2013Dataset train, Fer2013Dataset publicTest,
            Path checkpoints) throws IOException {
        ModelSpec spec = config.spec(setup.base());
        System.out.println(config.id() + ": " + spec);
        EmotionNet net = EmotionNet.of(spec);
        TrainingState state = FerTrainer.builder()
                .setBlock(net)
                .setLabels(spec.labels())
                .setTrainingSet(train)
                .optValidationSet(publicTest)
                .optPlan(setup.plan())
                .optAugmentation(setup.variant().augmented() ? AugmentationPipeline.standard() : null)
                .optCheckpointDir(checkpoints)
                .optMaxStepsPerEpoch(setup.maxStepsPerEpoch())
                .optDescription("stills-temporal " + config.id() + " " + spec + " maxSteps=" + setup.maxStepsPerEpoch())
                .build()
                .fit();
        double seconds = state.curve().stream().mapToDouble(EpochRecord::seconds).sum();
        return new Result(config, spec, parameterCount(net), state.bestAccuracy(), state.bestEpoch(),
                state.epochsDone(), seconds);
    }

    private static long parameterCount(Block block) {
        long count = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            count += p.getValue().getArray().getShape().size();
        }
        return count;
    }

    /** The comparison as a table: one row per configuration. */
    public static ReportTable table(List<Result> results) {
        return ReportTable.rowPerItem("Temporal readings of FER2013 stills", results)
                .text("config", "Config", r -> r.config().id())
                .text("reading", "Reading", r -> r.config().title())
                .count("head_steps", "Head steps / face", Result::headSteps)
                .count("parameters", "Parameters", Result::parameters)
                .number("mflop_per_face", "MFLOP / face", Result::mflopPerFace)
                .fraction("best_public_test_accuracy", "Best PublicTest accuracy", Result::bestAccuracy)
                .count("best_epoch", "Best epoch", Result::bestEpoch)
                .number("seconds", "Seconds", Result::seconds)
                .build();
    }

    /** Writes {@value #JSON} and {@value #MARKDOWN} into {@code out}. */
    public static void write(List<Result> results, Setup setup, Path out) throws IOException {
        Files.createDirectories(out);
        AtomicFile.writeString(out.resolve(JSON), toJson(results, setup));
        AtomicFile.writeString(out.resolve(MARKDOWN), toMarkdown(results, setup));
    }

    private static String toJson(List<Result> results, Setup setup) {
        JsonObject root = new JsonObject();
        JsonObject settings = new JsonObject();
        settings.addProperty("data", setup.data().toString());
        settings.addProperty("trainingFaces", setup.trainingFaces());
        settings.addProperty("validationFaces", setup.validationFaces());
        settings.addProperty("epochs", setup.plan().epochs());
        settings.addProperty("maxStepsPerEpoch", setup.maxStepsPerEpoch());
        settings.addProperty("batchSize", setup.plan().batchSize());
        settings.addProperty("seed", setup.plan().seed());
        settings.add("channels", new GsonBuilder().create().toJsonTree(setup.base().channels()));
        settings.addProperty("variant", setup.variant().id());
        settings.addProperty("augmentation", setup.variant().augmented() ? "standard" : "none");
        settings.addProperty("plan", setup.plan().toString());
        root.add("settings", settings);
        JsonArray configs = new JsonArray();
        for (Result r : results) {
            JsonObject c = new JsonObject();
            c.addProperty("config", r.config().id());
            c.addProperty("reading", r.config().title());
            c.addProperty("spec", r.spec().toString());
            c.addProperty("headStepsPerFace", r.headSteps());
            c.addProperty("parameters", r.parameters());
            c.addProperty("macsPerFace", r.spec().macsPerFrame());
            c.addProperty("mflopPerFace", r.mflopPerFace());
            c.addProperty("bestPublicTestAccuracy", r.bestAccuracy());
            c.addProperty("bestEpoch", r.bestEpoch());
            c.addProperty("epochs", r.epochs());
            c.addProperty("seconds", r.seconds());
            configs.add(c);
        }
        root.add("configs", configs);
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeSpecialFloatingPointValues()
                .create().toJson(root) + "\n";
    }

    private static String toMarkdown(List<Result> results, Setup setup) {
        TrainingPlan plan = setup.plan();
        return "# Temporal readings of FER2013 stills\n\n"
                + String.format(Locale.ROOT,
                        "Each configuration trained on FER2013 Training (%d faces) for %d epochs%s (batch %d, seed %d, "
                                + "the %s variant's recipe, plan `%s`) on the CNN with channels %s, and was selected on "
                                + "PublicTest (%d faces): the table gives its best PublicTest accuracy and that epoch. "
                                + "MFLOP / face counts two operations per multiply-accumulate of one face's forward "
                                + "pass; head steps are the recurrent steps per face.%n%n",
                        setup.trainingFaces(), plan.epochs(),
                        setup.maxStepsPerEpoch() > 0 ? " of at most " + setup.maxStepsPerEpoch() + " steps" : "",
                        plan.batchSize(), plan.seed(), setup.variant().id(), plan, Arrays.toString(setup.base().channels()),
                        setup.validationFaces())
                + table(results).toMarkdown();
    }
}
