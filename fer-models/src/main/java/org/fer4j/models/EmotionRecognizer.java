package org.fer4j.models;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.repository.zoo.ZooModel;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.fer4j.core.AtomicFile;
import org.fer4j.core.BadInputException;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionPrediction;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.fer4j.core.ModelCard;
import org.fer4j.core.data.FaceDataset;
import org.fer4j.models.nn.EmotionNet;
import org.fer4j.models.nn.HeInitialization;
import org.fer4j.models.train.Checkpoint;
import org.fer4j.models.train.FerTrainer;
import org.fer4j.models.zoo.Variant;

/**
 * The fer4j recognizer: a hybrid CNN-RNN emotion network you can build, train, save, load and use.
 *
 * <pre>{@code
 * try (EmotionRecognizer fer = EmotionRecognizer.pretrained()) {
 *     EmotionScores scores = fer.predict(face);
 * }
 * try (EmotionRecognizer fresh = EmotionRecognizer.builder().temporal(Temporal.GRU).attention(true).build()) {
 *     fresh.trainer().setTrainingSet(train).optValidationSet(val).build().fit();
 * }
 * }</pre>
 *
 * <p>Every way of scoring ({@link #predict}, {@link #explain}, {@link #predictAll}, {@link
 * #predictDataset}, {@link #openStream} and the {@link #zooModel()}'s translator) packs faces, runs
 * the network, mirrors and normalises through one {@link ClipInference}, so they give the same
 * scores; each call uses its own native memory scope, so one recognizer may be shared by any number
 * of threads. {@link #close()} waits for calls in flight; afterwards every call that would touch the
 * network throws {@link IllegalStateException} without allocating anything.
 */
public final class EmotionRecognizer implements EmotionModel {

    /** Classpath folder of the model shipped inside the fer-models jar. */
    public static final String DEFAULT_MODEL_RESOURCE = Variant.CNN_RNN_AUGMENTED.resourceFolder();

    private final ZooModel<Clip, EmotionPrediction> model;
    private final ModelSpec spec;
    private final LabelSet labels;
    private final ModelCard card;
    private final boolean flipAveraging;
    private final int batchSize;
    private final ClipInference road;
    private final OpenGuard guard = new OpenGuard("EmotionRecognizer");

    private EmotionRecognizer(Model djlModel, ModelSpec spec, LabelSet labels, ModelCard card, boolean flip, int batch) {
        this.spec = spec;
        this.labels = labels;
        this.card = card;
        this.flipAveraging = flip;
        this.batchSize = batch;
        this.model = new ZooModel<>(djlModel, new ClipTranslator(labels, spec.inputSide(), flip));
        this.road = new ClipInference(djlModel.getBlock(), spec.inputSide(), flip);
    }

    /** Starts a builder for a new, untrained recognizer. */
    public static Builder builder() {
        return new Builder();
    }

    /** Loads the trained default model shipped inside the jar (no download), with flip averaging. */
    public static EmotionRecognizer pretrained() throws IOException {
        return pretrained(Device.cpu());
    }

    /** Loads the shipped default model onto a device, with flip averaging. */
    public static EmotionRecognizer pretrained(Device device) throws IOException {
        return pretrained(device, true);
    }

    /** Loads the shipped default model onto a device, with or without test-time flip averaging. */
    public static EmotionRecognizer pretrained(Device device, boolean flipAveraging) throws IOException {
        return pretrained(Variant.CNN_RNN_AUGMENTED, device, flipAveraging);
    }

    /**
     * Loads the trained model of one zoo variant shipped inside the jar (no download); {@link
     * Variant#CNN_RNN_AUGMENTED} is the default model.
     */
    public static EmotionRecognizer pretrained(Variant variant, Device device, boolean flipAveraging) throws IOException {
        String base = variant.resourceFolder();
        try (InputStream json = resource(base + ModelFiles.DESCRIPTOR);
                InputStream params = resource(base + ModelFiles.PARAMETERS)) {
            ModelFiles.Descriptor d =
                    ModelFiles.fromJson(new InputStreamReader(json, StandardCharsets.UTF_8), base + ModelFiles.DESCRIPTOR);
            return open(d, params, base + ModelFiles.PARAMETERS, device, flipAveraging);
        }
    }

    /** Reads the card of a model saved in {@code dir} without loading its weights. */
    public static ModelCard readCard(Path dir) throws IOException {
        return ModelFiles.read(dir).card();
    }

    /** Loads a model saved with {@link #save(Path)}. */
    public static EmotionRecognizer load(Path dir) throws IOException {
        return load(dir, Device.cpu(), false);
    }

    /**
     * Loads a model saved with {@link #save(Path)}.
     *
     * @param dir the model directory
     * @param device where to run it
     * @param flipAveraging whether to average each prediction with the mirrored face
     */
    public static EmotionRecognizer load(Path dir, Device device, boolean flipAveraging) throws IOException {
        ModelFiles.Descriptor d = ModelFiles.read(dir);
        Path params = dir.resolve(ModelFiles.PARAMETERS);
        if (!Files.isRegularFile(params)) {
            throw new FileNotFoundException(dir + " is not a whole saved fer4j model: it has " + ModelFiles.DESCRIPTOR
                    + " but no " + ModelFiles.PARAMETERS);
        }
        if (Files.size(params) == 0) {
            throw new IOException(params + " is an empty file; the model was not saved completely");
        }
        try (InputStream in = Files.newInputStream(params)) {
            return open(d, in, params.toString(), device, flipAveraging);
        }
    }

    private static EmotionRecognizer open(
            ModelFiles.Descriptor d, InputStream params, String source, Device device, boolean flip) throws IOException {
        EmotionNet net = EmotionNet.of(d.spec());
        Model djl = newModel(net, d.spec(), device);
        try {
            net.loadParameters(djl.getNDManager(), new DataInputStream(new BufferedInputStream(params)));
        } catch (ai.djl.MalformedModelException | IOException | RuntimeException e) {
            djl.close();
            throw new IOException(source + " does not hold parameters of " + d.spec() + " (truncated or corrupt): "
                    + BadInputException.describe(e), e);
        }
        return new EmotionRecognizer(djl, d.spec(), d.spec().labels(), d.card(), flip, 64);
    }

    private static Model newModel(Block block, ModelSpec spec, Device device) {
        Model djl = Model.newInstance("fer4j", device, "PyTorch");
        djl.setBlock(block);
        if (!block.isInitialized()) {
            HeInitialization.applyTo(block);
        }
        block.initialize(djl.getNDManager(), DataType.FLOAT32, new Shape(1, 1, 1, spec.inputSide(), spec.inputSide()));
        return djl;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = EmotionRecognizer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("The shipped model resource " + name + " is missing from the classpath; "
                    + "is fer-models on it?");
        }
        return in;
    }

    /** The classes this recognizer scores. */
    @Override
    public LabelSet labels() {
        return labels;
    }

    /** The architecture (for custom networks: the spec given to the builder for input size and labels). */
    public ModelSpec spec() {
        return spec;
    }

    /** Where this model came from. */
    public ModelCard card() {
        return card;
    }

    /** The network, e.g. to inspect or fine-tune it; fails once the recognizer is closed. */
    public Block block() {
        try (OpenGuard.Use use = guard.enter()) {
            return model.getBlock();
        }
    }

    /**
     * The DJL model, for DJL tooling that wants one; its predictors score through the same road as
     * {@link #predict(Clip)}. Fails once the recognizer is closed.
     */
    public ZooModel<Clip, EmotionPrediction> zooModel() {
        try (OpenGuard.Use use = guard.enter()) {
            return model;
        }
    }

    /** Whether predictions average the face with its mirror image. */
    public boolean flipAveraging() {
        return flipAveraging;
    }

    @Override
    public EmotionScores predict(GrayImage face) {
        return explain(Clip.still(face)).scores();
    }

    @Override
    public EmotionScores predict(Clip clip) {
        return explain(clip).scores();
    }

    /** Scores a face and returns, for attention models, where the model looked. */
    public EmotionPrediction explain(GrayImage face) {
        return explain(Clip.still(face));
    }

    /** Scores a clip and returns, for attention models, where the model looked in each frame. */
    public EmotionPrediction explain(Clip clip) {
        try (OpenGuard.Use use = guard.enter();
                NDManager scope = model.getNDManager().newSubManager()) {
            NDList out = road.run(scope, road.pack(scope, List.of(clip)), new NDList());
            EmotionScores scores = EmotionScores.normalizing(labels, road.probabilities(out, 1).toFloatArray());
            return new EmotionPrediction(scores, road.attention(out, 1).get(0));
        }
    }

    @Override
    public List<EmotionScores> predictAll(List<GrayImage> faces) {
        return scoreClips(faces.stream().map(Clip::still).toList());
    }

    /** Scores every sample of a dataset (all clips must share their length), in dataset order. */
    public List<EmotionScores> predictDataset(FaceDataset dataset) throws IOException {
        try (OpenGuard.Use use = guard.enter()) {
            dataset.prepare(null);
        }
        return scoreClips(dataset.samples().stream().map(LabeledClip::clip).toList());
    }

    private List<EmotionScores> scoreClips(List<Clip> clips) {
        try (OpenGuard.Use use = guard.enter()) {
            float[][] p = road.probabilities(model.getNDManager(), clips, batchSize);
            return Arrays.stream(p).map(row -> EmotionScores.normalizing(labels, row)).toList();
        }
    }

    /**
     * A stream for one face: for recurrent models the scores after each frame equal {@link
     * #predict(Clip)} of the frames so far (with flip averaging too: the mirrored frames carry their
     * own state); models without recurrence score each frame as {@link #predict(GrayImage)}.
     */
    @Override
    public EmotionStream openStream() {
        try (OpenGuard.Use use = guard.enter()) {
            return new RecurrentStream(road, model.getNDManager(), labels, guard);
        }
    }

    /**
     * A trainer builder already holding this recognizer's network and labels; add data and a plan.
     * After {@code fit()} the network holds the last epoch's weights; load the best ones with
     * {@link #loadParameters(Path)} from the checkpoint directory's {@value Checkpoint#BEST}.
     */
    public FerTrainer.Builder trainer() {
        block();
        return FerTrainer.builder().setBlock(block()).setLabels(labels).optDescription(String.valueOf(spec));
    }

    /** Replaces the weights with ones saved by a checkpoint or {@link #save(Path)}. */
    public void loadParameters(Path file) throws IOException {
        try (OpenGuard.Use use = guard.enter()) {
            Checkpoint.loadParameters(file, model.getBlock(), model.getNDManager());
        }
    }

    /** Saves architecture, card and weights into a directory (each file written atomically). */
    public void save(Path dir) throws IOException {
        save(dir, card);
    }

    /** Saves with a new model card, e.g. after training. */
    public void save(Path dir, ModelCard newCard) throws IOException {
        try (OpenGuard.Use use = guard.enter()) {
            Files.createDirectories(dir);
            AtomicFile.write(dir.resolve(ModelFiles.PARAMETERS), model.getBlock()::saveParameters);
            byte[] json = ModelFiles.toJson(spec, newCard).getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(dir.resolve(ModelFiles.DESCRIPTOR), out -> out.write(json));
        }
    }

    /**
     * Frees the network and every open stream's state, after the calls in flight have finished;
     * afterwards scoring, streaming, saving and loading throw {@link IllegalStateException}. Closing
     * twice is harmless.
     */
    @Override
    public void close() {
        guard.close(model::close);
    }

    /** Builds a new recognizer; every setting has a default (the shipped architecture, untrained). */
    public static final class Builder {
        private ModelSpec.Builder spec = ModelSpec.builder();
        private Block customBlock;
        private Device device = Device.cpu();
        private boolean flipAveraging;
        private int batchSize = 64;

        private Builder() {}

        /** The temporal head (default LSTM). */
        public Builder temporal(Temporal temporal) {
            spec.optTemporal(temporal);
            return this;
        }

        /** Spatial attention pooling (default off). */
        public Builder attention(boolean attention) {
            spec.optAttention(attention);
            return this;
        }

        /**
         * Reads each frame's feature map as a top-to-bottom sequence of row regions for the recurrent
         * head (default off: one pooled feature vector per frame); needs LSTM or GRU, no attention.
         */
        public Builder regionSequence(boolean regionSequence) {
            spec.optRegionSequence(regionSequence);
            return this;
        }

        /** The classes to predict (default FER2013's seven). */
        public Builder labels(LabelSet labels) {
            spec.optLabels(labels);
            return this;
        }

        /** Starts from a whole architecture spec; later calls refine it. */
        public Builder spec(ModelSpec modelSpec) {
            spec = modelSpec.toBuilder();
            return this;
        }

        /**
         * Uses your own network instead of the built-in one, e.g. {@code new EmotionNet(myEncoder,
         * myHead)}: it takes (N, T, 1, S, S) and returns logits (N, K) first. The spec still gives
         * the labels and input side.
         */
        public Builder block(Block block) {
            customBlock = block;
            return this;
        }

        /** The device to run on (default CPU). */
        public Builder device(Device device) {
            this.device = device;
            return this;
        }

        /** Average each prediction with the mirrored face (default off). */
        public Builder flipAveraging(boolean flipAveraging) {
            this.flipAveraging = flipAveraging;
            return this;
        }

        /** Faces per forward pass in batch prediction (default 64). */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Builds a recognizer with freshly initialised weights. */
        public EmotionRecognizer build() {
            ModelSpec built = spec.build();
            Block block = customBlock != null ? customBlock : EmotionNet.of(built);
            Model djl = newModel(block, built, device);
            String variant = customBlock != null ? "custom" : built.temporal() + (built.attention() ? "+attention" : "")
                    + (built.regionSequence() ? "+regions" : "");
            return new EmotionRecognizer(djl, built, built.labels(), ModelCard.untrained(variant), flipAveraging, batchSize);
        }
    }

}
