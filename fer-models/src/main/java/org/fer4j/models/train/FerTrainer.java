package org.fer4j.models.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.fer4j.augment.Augmentation;
import org.fer4j.augment.SeededAugmenter;
import org.fer4j.core.AtomicFile;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.fer4j.core.ModelCard;
import org.fer4j.core.data.FaceDataset;
import org.fer4j.metrics.Evaluator;
import org.fer4j.metrics.curve.EpochRecord;
import org.fer4j.models.ClipScorer;
import org.fer4j.models.nn.HeInitialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains an emotion network on a {@link FaceDataset}: AdamW on (label-smoothed, optionally
 * class-weighted) cross-entropy, warm-up plus cosine learning rate, seeded shuffling, augmentation
 * and dropout, validation and early stopping after every epoch, and an atomic checkpoint per epoch
 * from which a killed run resumes with the same result as an uninterrupted one. With {@link
 * Builder#optDistillation} the student also learns a teacher's softened outputs.
 *
 * <p>Each step's native arrays are created in a sub-manager that is closed after the step, so
 * memory stays flat however long the run.
 */
public final class FerTrainer {

    /** The model card a run keeps up to date in its checkpoint directory. */
    public static final String CARD = "model-card.json";

    private static final Logger LOG = LoggerFactory.getLogger(FerTrainer.class);

    private final Block block;
    private final LabelSet labels;
    private final FaceDataset trainingSet;
    private final FaceDataset validationSet;
    private final TrainingPlan plan;
    private final Augmentation augmentation;
    private final Path checkpointDir;
    private final Device device;
    private final List<EpochListener> listeners;
    private final int maxStepsPerEpoch;
    private final String description;
    private final int keepLastEpochWeights;
    private final Distillation distillation;
    private final ModelCard cardTemplate;
    private final GradientNormClip gradientClip;

    private FerTrainer(Builder b) {
        block = b.block;
        labels = b.labels;
        trainingSet = b.trainingSet;
        validationSet = b.validationSet;
        plan = b.plan;
        gradientClip = plan.gradientClipNorm() > 0 ? new GradientNormClip(plan.gradientClipNorm()) : null;
        augmentation = b.augmentation;
        checkpointDir = b.checkpointDir;
        device = b.device;
        listeners = List.copyOf(b.listeners);
        maxStepsPerEpoch = b.maxStepsPerEpoch;
        description = b.description;
        keepLastEpochWeights = b.keepLastEpochWeights;
        distillation = b.distillation;
        cardTemplate = b.card;
    }

    /** The caller's card, or one naming the model by its description and the data by their type and size. */
    private ModelCard cardBeforeTraining() {
        return cardTemplate != null ? cardTemplate
                : ModelCard.beforeTraining(description.isBlank() ? "fer4j-model" : description, "custom",
                        describe(trainingSet), validationSet == null ? "" : describe(validationSet), "FerTrainer",
                        Double.NaN);
    }

    private static String describe(FaceDataset dataset) {
        return dataset.getClass().getSimpleName() + " (" + dataset.size() + " samples)";
    }

    /** Starts a builder; block, labels and training set are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs (or resumes) training until the plan's epochs are done or early stopping triggers. The
     * block ends with the weights of the last epoch; the best epoch's weights are in the checkpoint
     * directory's {@value Checkpoint#BEST} when one is set.
     */
    public TrainingState fit() throws IOException {
        trainingSet.prepare(null);
        if (validationSet != null) {
            validationSet.prepare(null);
        }
        List<LabeledClip> samples = trainingSet.samples();
        if (samples.size() < 2) {
            throw new IllegalArgumentException("Training needs at least 2 samples, got " + samples.size());
        }
        Clip first = samples.get(0).clip();
        String fingerprint = description + " | " + plan + " | augmentation=" + (augmentation != null)
                + " | samples=" + samples.size() + (distillation == null ? "" : " | " + distillation);
        float[] classWeights = plan.classBalance().weights(trainingSet.classCounts());
        Loss labelLoss =
                new SmoothedCrossEntropyLoss(
                        plan.labelSmoothing(), plan.classBalance() == ClassBalance.NONE ? null : classWeights);
        TeacherTargets teacherTargets =
                distillation == null ? null : TeacherTargets.of(distillation, samples, labels, checkpointDir);
        Loss loss = distillation == null
                ? labelLoss
                : new DistillationLoss(labelLoss, distillation.temperature(), distillation.weight());
        Engine.getEngine("PyTorch").setRandomSeed((int) plan.seed());
        try (Model model = Model.newInstance("fer4j-training", device, "PyTorch")) {
            model.setBlock(block);
            NDManager optimizerState = model.getNDManager().newSubManager();
            ResumableOptimizer optimizer = plan.optimizer().create(optimizerState, plan);
            DefaultTrainingConfig config =
                    new DefaultTrainingConfig(loss).optOptimizer(optimizer).optDevices(new Device[] {device});
            Shape inputShape = new Shape(plan.batchSize(), first.length(), 1, first.height(), first.width());
            // Initialise and restore before the trainer exists: its parameter store caches the arrays it first sees.
            // A new block's parameters get a manager of their own, so the trained block outlives the run.
            if (!block.isInitialized()) {
                HeInitialization.applyTo(block, plan.seed());
                block.initialize(NDManager.newBaseManager(device), DataType.FLOAT32, inputShape);
            }
            NDManager parameterManager = block.getParameters().valueAt(0).getArray().getManager();
            TrainingState state = TrainingState.initial(fingerprint);
            if (checkpointDir != null) {
                state = Checkpoint.restore(checkpointDir, block, optimizer, parameterManager, fingerprint)
                        .orElse(state);
                if (state.epochsDone() > 0) {
                    LOG.info("Resuming from {} after epoch {}", checkpointDir, state.epochsDone());
                }
            }
            try (Trainer trainer = model.newTrainer(config);
                    BatchFeeder feeder =
                            new BatchFeeder(
                                    samples,
                                    labels,
                                    augmentation == null ? null : new SeededAugmenter(augmentation, plan.seed()))) {
                trainer.initialize(inputShape);
                while (state.epochsDone() < plan.epochs() && !stopEarly(state)) {
                    state = runEpoch(trainer, optimizer, feeder, teacherTargets, samples.size(), state);
                }
                writeCard(state, bestAccuracyWithFlip(trainer, state));
                return state;
            } finally {
                optimizerState.close();
            }
        }
    }

    private boolean stopEarly(TrainingState state) {
        boolean stop = plan.patience() > 0 && state.epochsWithoutImprovement() >= plan.patience();
        if (stop) {
            LOG.info("Early stop: no better validation accuracy for {} epochs (best {} at epoch {})",
                    plan.patience(), state.bestAccuracy(), state.bestEpoch());
        }
        return stop;
    }

    private TrainingState runEpoch(
            Trainer trainer, ResumableOptimizer optimizer, BatchFeeder feeder, TeacherTargets teacher, int size,
            TrainingState state) throws IOException {
        long started = System.nanoTime();
        int epoch = state.epochsDone();
        Engine.getEngine("PyTorch").setRandomSeed((int) (plan.seed() * 1_000_003L + epoch));
        int[] order = BatchFeeder.order(size, plan.seed(), epoch);
        int steps = stepsPerEpoch(size);
        EpochTally tally = new EpochTally();
        Future<BatchFeeder.Batch> pending = feeder.prefetch(slice(order, 0, steps), epoch);
        for (int step = 0; step < steps; step++) {
            BatchFeeder.Batch batch = await(pending);
            if (step + 1 < steps) {
                pending = feeder.prefetch(slice(order, step + 1, steps), epoch);
            }
            optimizer.setLearningRate(plan.learningRateAt(epoch + (double) step / steps));
            trainStep(trainer, batch, teacher, tally, epoch, step);
            if ((step + 1) % 100 == 0) {
                LOG.info("epoch {} step {}/{} loss {}", epoch + 1, step + 1, steps,
                        String.format("%.4f", tally.loss()));
            }
        }
        double[] validation = validate(trainer);
        double seconds = (System.nanoTime() - started) / 1e9;
        EpochRecord result = new EpochRecord(epoch + 1, tally.loss(), tally.accuracy(),
                validation[0], validation[1], optimizer.learningRate(), seconds);
        TrainingState next = advance(state, result);
        saveCheckpoints(optimizer, result, next);
        writeCard(next, Double.NaN);
        LOG.info(String.format(
                "epoch %d/%d  train loss %.4f acc %.2f%%  |  val loss %.4f acc %.2f%% (best %.2f%% @%d)  |  lr %.2e  |  %.0f s, %.0f faces/s",
                result.epoch(), plan.epochs(), result.trainLoss(), 100 * result.trainAccuracy(),
                result.validationLoss(), 100 * result.validationAccuracy(), 100 * next.bestAccuracy(),
                next.bestEpoch(), result.learningRate(), seconds, tally.seen / seconds));
        listeners.forEach(l -> l.onEpoch(result));
        return next;
    }

    private int stepsPerEpoch(int size) {
        int steps = Math.max(1, size / plan.batchSize());
        return maxStepsPerEpoch > 0 ? Math.min(steps, maxStepsPerEpoch) : steps;
    }

    /** One optimiser step on one batch, its arrays in a sub-manager closed right after. */
    private void trainStep(
            Trainer trainer, BatchFeeder.Batch batch, TeacherTargets teacher, EpochTally tally, int epoch, int step) {
        try (NDManager scope = trainer.getManager().newSubManager()) {
            NDArray x = scope.create(batch.pixels(),
                    new Shape(batch.size(), batch.frames(), 1, batch.height(), batch.width()));
            NDArray y = scope.create(batch.labels());
            NDList targets = new NDList(y);
            if (teacher != null) {
                targets.add(scope.create(teacher.rows(batch.indices()), new Shape(batch.size(), teacher.classes())));
            }
            float batchLoss;
            long correct;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList out = trainer.forward(new NDList(x));
                NDArray lossValue = trainer.getLoss().evaluate(targets, out);
                collector.backward(lossValue);
                batchLoss = lossValue.getFloat();
                correct = out.head().argMax(1).toType(DataType.FLOAT32, false).eq(y).sum().getLong();
            }
            if (!Float.isFinite(batchLoss)) {
                throw new IllegalStateException(
                        "Training loss became " + batchLoss + " at epoch " + (epoch + 1) + ", step " + (step + 1)
                                + "; the checkpoint of epoch " + epoch
                                + " is kept. Lower the learning rate or check the data for NaN.");
            }
            if (gradientClip != null) {
                gradientClip.apply(trainer.getModel().getBlock(), scope);
            }
            trainer.step();
            tally.add(batchLoss, correct, batch.size());
        }
    }

    /** The best weights when the epoch is the best so far, the kept epoch weights, then the resumable state. */
    private void saveCheckpoints(ResumableOptimizer optimizer, EpochRecord result, TrainingState next) throws IOException {
        if (checkpointDir == null) {
            return;
        }
        if (next.bestEpoch() == result.epoch()) {
            Checkpoint.saveBest(checkpointDir, block);
        }
        if (result.epoch() > plan.epochs() - keepLastEpochWeights) {
            Checkpoint.saveEpoch(checkpointDir, block, result.epoch());
        }
        Checkpoint.save(checkpointDir, block, optimizer, next);
    }

    /** Running training loss and accuracy over an epoch's steps. */
    private static final class EpochTally {
        private double lossSum;
        private long correct;
        private long seen;

        void add(float batchLoss, long batchCorrect, int batchSize) {
            lossSum += (double) batchLoss * batchSize;
            correct += batchCorrect;
            seen += batchSize;
        }

        double loss() {
            return lossSum / seen;
        }

        double accuracy() {
            return (double) correct / seen;
        }
    }

    private TrainingState advance(TrainingState state, EpochRecord result) {
        List<EpochRecord> curve = new ArrayList<>(state.curve());
        curve.add(result);
        double accuracy = validationSet == null ? result.trainAccuracy() : result.validationAccuracy();
        boolean better = Double.isNaN(state.bestAccuracy()) || accuracy > state.bestAccuracy();
        return new TrainingState(
                result.epoch(),
                better ? accuracy : state.bestAccuracy(),
                better ? result.epoch() : state.bestEpoch(),
                better ? 0 : state.epochsWithoutImprovement() + 1,
                curve,
                state.fingerprint());
    }

    /**
     * The model card of the run so far, written atomically beside the checkpoints as {@value #CARD}:
     * the caller's description completed with the run's own facts.
     */
    private void writeCard(TrainingState state, double accuracyWithFlip) throws IOException {
        if (checkpointDir == null) {
            return;
        }
        double minutes = state.curve().stream().mapToDouble(EpochRecord::seconds).sum() / 60;
        String machine = Runtime.getRuntime().availableProcessors() + "-core " + System.getProperty("os.arch") + " "
                + System.getProperty("os.name") + ", Java " + Runtime.version().feature() + ", DJL "
                + Engine.getDjlVersion() + " / PyTorch " + Engine.getEngine("PyTorch").getVersion();
        String recipe = plan + (augmentation == null ? "" : " | augmentation=" + augmentation)
                + (distillation == null ? "" : " | " + distillation);
        ModelCard card = cardBeforeTraining().afterTraining(plan.seed(), recipe, state.epochsDone(), state.bestEpoch(),
                state.bestAccuracy(), accuracyWithFlip, minutes, machine, LocalDate.now().toString());
        byte[] json = card.toJson().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(checkpointDir.resolve(CARD), out -> out.write(json));
    }

    /**
     * Validation accuracy of the best epoch's weights with test-time flip averaging; the block keeps the
     * last epoch's weights afterwards. NaN without validation data or checkpoints.
     */
    private double bestAccuracyWithFlip(Trainer trainer, TrainingState state) throws IOException {
        Path best = checkpointDir == null ? null : checkpointDir.resolve(Checkpoint.BEST);
        if (validationSet == null || best == null || !Files.isRegularFile(best) || state.epochsDone() == 0) {
            return Double.NaN;
        }
        NDManager parameters = block.getParameters().valueAt(0).getArray().getManager();
        ByteArrayOutputStream last = new ByteArrayOutputStream();
        block.saveParameters(new DataOutputStream(last));
        Checkpoint.loadParameters(best, block, parameters);
        try {
            return validate(trainer, true)[1];
        } finally {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(last.toByteArray()))) {
                block.loadParameters(parameters, in);
            } catch (ai.djl.MalformedModelException e) {
                throw new IOException("could not restore the last epoch's weights after measuring the best", e);
            }
        }
    }

    /** Validation loss (unsmoothed cross-entropy) and accuracy, or NaNs without a validation set. */
    private double[] validate(Trainer trainer) {
        return validate(trainer, false);
    }

    private double[] validate(Trainer trainer, boolean flipAveraging) {
        if (validationSet == null) {
            return new double[] {Double.NaN, Double.NaN};
        }
        List<LabeledClip> samples = validationSet.samples();
        List<Clip> clips = samples.stream().map(LabeledClip::clip).toList();
        float[][] probabilities = new ClipScorer(block, trainer.getManager(), 256, flipAveraging).probabilities(clips);
        int[] truth = Evaluator.truth(validationSet);
        double loss = 0;
        List<EmotionScores> scores = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            loss -= Math.log(Math.max(probabilities[i][truth[i]], 1e-12));
            scores.add(EmotionScores.of(labels, probabilities[i]));
        }
        double accuracy = Evaluator.ofScores(labels, scores, truth).accuracy();
        return new double[] {loss / samples.size(), accuracy};
    }

    /** The sample indices of one step; a last partial batch is dropped (the order differs each epoch). */
    private int[] slice(int[] order, int step, int steps) {
        int from = step * plan.batchSize();
        int to = Math.min(order.length, from + plan.batchSize());
        int[] slice = new int[to - from];
        System.arraycopy(order, from, slice, 0, slice.length);
        return slice;
    }

    private static BatchFeeder.Batch await(Future<BatchFeeder.Batch> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while preparing a batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IOException("Preparing a batch failed: " + e.getCause(), e.getCause());
        }
    }

    /** Builds a {@link FerTrainer}: {@code set*} is required, {@code opt*} has a default. */
    public static final class Builder {
        private Block block;
        private LabelSet labels;
        private FaceDataset trainingSet;
        private FaceDataset validationSet;
        private TrainingPlan plan = TrainingPlan.builder().build();
        private Augmentation augmentation;
        private Path checkpointDir;
        private int keepLastEpochWeights;
        private Device device = Device.cpu();
        private final List<EpochListener> listeners = new ArrayList<>();
        private int maxStepsPerEpoch;
        private String description = "";
        private Distillation distillation;
        private ModelCard card;

        private Builder() {}

        /** The network to train: takes (N, T, 1, S, S), returns logits first. */
        public Builder setBlock(Block block) {
            this.block = block;
            return this;
        }

        /** The classes the network's outputs stand for. */
        public Builder setLabels(LabelSet labels) {
            this.labels = labels;
            return this;
        }

        /** The training data. */
        public Builder setTrainingSet(FaceDataset trainingSet) {
            this.trainingSet = trainingSet;
            return this;
        }

        /** Validation data for model selection and early stopping (default none). */
        public Builder optValidationSet(FaceDataset validationSet) {
            this.validationSet = validationSet;
            return this;
        }

        /** The recipe (default {@code TrainingPlan.builder().build()}). */
        public Builder optPlan(TrainingPlan plan) {
            this.plan = plan;
            return this;
        }

        /** Training-time augmentation, applied with the plan's seed (default none). */
        public Builder optAugmentation(Augmentation augmentation) {
            this.augmentation = augmentation;
            return this;
        }

        /** Where to write per-epoch checkpoints and resume from (default: no checkpoints). */
        public Builder optCheckpointDir(Path checkpointDir) {
            this.checkpointDir = checkpointDir;
            return this;
        }

        /**
         * Also keeps the weights of each of the plan's last {@code epochs} epochs as {@code
         * epoch-NN.params} in the checkpoint directory, for {@link WeightAveraging} (default 0: none).
         */
        public Builder optKeepLastEpochWeights(int epochs) {
            if (epochs < 0) {
                throw new IllegalArgumentException("Epochs to keep must be >= 0, got " + epochs);
            }
            this.keepLastEpochWeights = epochs;
            return this;
        }

        /** The device to train on (default CPU). */
        public Builder optDevice(Device device) {
            this.device = device;
            return this;
        }

        /** Adds a listener for finished epochs. */
        public Builder addListener(EpochListener listener) {
            listeners.add(listener);
            return this;
        }

        /** Caps the steps per epoch, for smoke tests and quick experiments (default: whole epochs). */
        public Builder optMaxStepsPerEpoch(int maxStepsPerEpoch) {
            this.maxStepsPerEpoch = maxStepsPerEpoch;
            return this;
        }

        /** A description of the model recorded in checkpoints; resuming under another is refused. */
        public Builder optDescription(String description) {
            this.description = description;
            return this;
        }

        /**
         * Trains against a teacher's softened outputs as well as the labels (default: labels only); the
         * teacher's targets are cached in the checkpoint directory.
         */
        public Builder optDistillation(Distillation distillation) {
            this.distillation = distillation;
            return this;
        }

        /**
         * What the run's model card says about the model before training (name, variant, data, command,
         * FLOPs; see {@link ModelCard#beforeTraining}); the trainer adds the run's facts and keeps {@value
         * #CARD} in the checkpoint directory up to date (default: names from the description and datasets).
         */
        public Builder optModelCard(ModelCard card) {
            this.card = card;
            return this;
        }

        /** Validates and builds. */
        public FerTrainer build() {
            if (block == null || labels == null || trainingSet == null) {
                throw new IllegalStateException("setBlock, setLabels and setTrainingSet are required");
            }
            if (!trainingSet.labelSet().equals(labels)) {
                throw new IllegalArgumentException(
                        "training labels [" + trainingSet.labelSet() + "] differ from the model's [" + labels + "]");
            }
            if (validationSet != null && !validationSet.labelSet().equals(labels)) {
                throw new IllegalArgumentException(
                        "validation labels [" + validationSet.labelSet() + "] differ from the model's [" + labels + "]");
            }
            return new FerTrainer(this);
        }
    }
}
