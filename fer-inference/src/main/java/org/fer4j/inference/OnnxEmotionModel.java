package org.fer4j.inference;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.fer4j.core.AttentionMap;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionPrediction;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.ModelCard;

/**
 * A fer4j emotion model exported to ONNX (fer-models' {@code OnnxExporter}), run on ONNX Runtime
 * directly: no DJL engine, no PyTorch. The shipped models are inside this jar.
 *
 * <pre>{@code
 * try (OnnxEmotionModel fer = OnnxEmotionModel.pretrained()) {
 *     EmotionScores scores = fer.predict(face);
 * }
 * try (OnnxEmotionModel fer = OnnxEmotionModel.builder().setModelPath(Path.of("my.onnx"))
 *         .optFlipAveraging(true).optIntraOpThreads(2).build()) { ... }
 * }</pre>
 *
 * <p>Faces of any size are resized to the model's input side the way fer-models' recognizer does,
 * so both runtimes give the same scores. With flip averaging each face (clip) is scored together
 * with its mirror image in the same run and the two probability vectors averaged; streams carry one
 * recurrent state for the faces and one for their mirrors, so streaming equals {@link
 * #predict(Clip)} for every setting.
 *
 * <p>The session uses the process-wide {@link OrtEnvironment#getEnvironment()} and never asks for
 * global thread pools, so it coexists with an application's own ONNX Runtime use. Thread-safe: one
 * model may serve any number of threads. After {@link #close()} every call throws {@link
 * IllegalStateException} without allocating anything; close waits for calls in flight.
 */
public final class OnnxEmotionModel implements EmotionModel {

    /** The zoo variant id of the shipped default model. */
    public static final String DEFAULT_VARIANT = "cnn-rnn-augmented";

    /** The zoo variants shipped inside this jar, the default first. */
    public static final List<String> VARIANTS = List.of(DEFAULT_VARIANT, "cnn-rnn", "cnn-attention", "fast");

    /** Classpath folder of the shipped models: one {@code <variant-id>/model.onnx} each. */
    public static final String RESOURCE_ROOT = "/org/fer4j/inference/models/";

    private final ModelSignature signature;
    private final OrtSession session;
    private final GraphRunner runner;
    private final ClipPacker packer;
    private final boolean flipAveraging;
    private final int batchSize;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;

    private OnnxEmotionModel(OrtSession session, ModelSignature signature, boolean flipAveraging, int batchSize) {
        this.session = session;
        this.signature = signature;
        this.flipAveraging = flipAveraging;
        this.batchSize = batchSize;
        this.runner = new GraphRunner(OrtEnvironment.getEnvironment(), session, signature);
        this.packer = new ClipPacker(signature.side(), flipAveraging);
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The shipped default model ({@value #DEFAULT_VARIANT}) with flip averaging, like {@code EmotionRecognizer.pretrained()}. */
    public static OnnxEmotionModel pretrained() throws IOException {
        return pretrained(DEFAULT_VARIANT);
    }

    /**
     * A shipped zoo variant ({@code cnn-rnn-augmented}: the default, {@code cnn-rnn}, {@code cnn-attention},
     * or {@code fast}: the distilled model at a seventh of the default's cost) with flip averaging.
     */
    public static OnnxEmotionModel pretrained(String variantId) throws IOException {
        return builder().setVariant(variantId).optFlipAveraging(true).build();
    }

    /** An exported model file, without flip averaging (like {@code EmotionRecognizer.load}). */
    public static OnnxEmotionModel load(Path onnxFile) throws IOException {
        return builder().setModelPath(onnxFile).build();
    }

    /** The classpath resource holding a shipped variant's model. */
    public static String resource(String variantId) {
        if (!VARIANTS.contains(variantId)) {
            throw new IllegalArgumentException("Unknown model variant '" + Messages.cap(variantId) + "'; shipped: "
                    + String.join(", ", VARIANTS));
        }
        return RESOURCE_ROOT + variantId + "/model.onnx";
    }

    @Override
    public LabelSet labels() {
        return signature.labels();
    }

    /** Where this model came from, as stored in its metadata. */
    public ModelCard card() {
        return signature.card();
    }

    /** The side in pixels faces are resized to. */
    public int inputSide() {
        return signature.side();
    }

    /** Whether predictions average each face with its mirror image. */
    public boolean flipAveraging() {
        return flipAveraging;
    }

    /** The file or resource the model was loaded from. */
    public String source() {
        return signature.source();
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
        ensureOpen();
        Clip fitted = packer.fit(clip);
        GraphRunner.Outputs out = run(List.of(fitted), null, null, true);
        Optional<AttentionMap> attention = Optional.empty();
        if (out.attention() != null) {
            int cells = signature.attentionSide() * signature.attentionSide();
            float[][] frames = new float[fitted.length()][cells];
            for (int t = 0; t < frames.length; t++) {
                System.arraycopy(out.attention(), t * cells, frames[t], 0, cells);
            }
            attention = Optional.of(new AttentionMap(signature.attentionSide(), frames));
        }
        return new EmotionPrediction(scores(out.probabilities(), 0, 1), attention);
    }

    @Override
    public List<EmotionScores> predictAll(List<GrayImage> faces) {
        ensureOpen();
        List<EmotionScores> result = new ArrayList<>(faces.size());
        for (int start = 0; start < faces.size(); start += batchSize) {
            List<Clip> batch = faces.subList(start, Math.min(faces.size(), start + batchSize)).stream()
                    .map(face -> packer.fit(Clip.still(face)))
                    .toList();
            GraphRunner.Outputs out = run(batch, null, null, false);
            for (int i = 0; i < batch.size(); i++) {
                result.add(scores(out.probabilities(), i, batch.size()));
            }
        }
        return result;
    }

    @Override
    public EmotionStream openStream() {
        ensureOpen();
        return new OnnxStream(this, signature, packer);
    }

    /** Runs fitted clips of one length (mirrors added when flip averaging) from the given states. */
    GraphRunner.Outputs run(List<Clip> fitted, float[] stateH, float[] stateC, boolean attention) {
        float[] pixels = packer.pack(fitted);
        lock.readLock().lock();
        try {
            ensureOpen();
            return runner.run(pixels, packer.rows(fitted.size()), fitted.get(0).length(), stateH, stateC, attention);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to score " + fitted.size() + " clip(s) of "
                    + fitted.get(0) + " with " + signature.source() + ": " + Messages.cap(e.getMessage()), e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The scores of clip {@code i} of {@code n} from (rows, K) values, averaged with its mirror's row. */
    EmotionScores scores(float[] probabilities, int i, int n) {
        int classes = signature.labels().size();
        float[] p = new float[classes];
        System.arraycopy(probabilities, i * classes, p, 0, classes);
        if (flipAveraging) {
            for (int k = 0; k < classes; k++) {
                p[k] = (p[k] + probabilities[(n + i) * classes + k]) / 2;
            }
        }
        return EmotionScores.normalizing(signature.labels(), p);
    }

    /** Throws when closed. */
    void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("OnnxEmotionModel " + signature.source() + " is closed");
        }
    }

    /** Closes the session once calls in flight have returned; later calls throw. Idempotent. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("Could not close the ONNX Runtime session of " + signature.source(), e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "OnnxEmotionModel[" + signature.source() + ", " + signature.card().name() + ", flip=" + flipAveraging + "]";
    }

    /** Configures an {@link OnnxEmotionModel}: exactly one source (file, bytes or shipped variant) is required. */
    public static final class Builder {
        private Path path;
        private byte[] bytes;
        private String bytesName;
        private String variant;
        private boolean flipAveraging;
        private int intraOpThreads = 1;
        private int batchSize = 64;
        private LabelSet requiredLabels;
        private int requiredInputSide;

        private Builder() {}

        /** Loads the model from an exported {@code .onnx} file. */
        public Builder setModelPath(Path path) {
            this.path = path;
            return this;
        }

        /** Loads the model from bytes, e.g. read from your own resource; {@code name} is used in messages. */
        public Builder optModelBytes(byte[] bytes, String name) {
            this.bytes = bytes.clone();
            this.bytesName = name;
            return this;
        }

        /** Loads a shipped variant, one of {@link #VARIANTS}: {@code cnn-rnn-augmented} (the default), {@code cnn-rnn}, {@code cnn-attention} or {@code fast}. */
        public Builder setVariant(String variantId) {
            this.variant = variantId;
            return this;
        }

        /** Average each face with its mirror image (default off; {@link #pretrained()} turns it on). */
        public Builder optFlipAveraging(boolean flipAveraging) {
            this.flipAveraging = flipAveraging;
            return this;
        }

        /**
         * ONNX Runtime intra-op threads per run (default 1). One thread per call has no barrier to
         * wait at, so it is the cheapest per face when several streams or threads score at once
         * (the usual server and video case) and on a machine shared with other work; give a single
         * caller on idle cores more to cut its latency (the fer-bench numbers compare 1 and 2).
         */
        public Builder optIntraOpThreads(int threads) {
            this.intraOpThreads = threads;
            return this;
        }

        /** Faces per session run in {@link OnnxEmotionModel#predictAll} (default 64; doubled rows with flip). */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Refuses a model whose labels differ from these (e.g. your application's label set). */
        public Builder optRequiredLabels(LabelSet labels) {
            this.requiredLabels = labels;
            return this;
        }

        /** Refuses a model whose input side differs from this, in pixels. */
        public Builder optRequiredInputSide(int side) {
            this.requiredInputSide = side;
            return this;
        }

        /** Validates the settings, loads and checks the model. */
        public OnnxEmotionModel build() throws IOException {
            int sources = (path != null ? 1 : 0) + (bytes != null ? 1 : 0) + (variant != null ? 1 : 0);
            if (sources != 1) {
                throw new IllegalArgumentException("Give exactly one model source: setModelPath(...), "
                        + "optModelBytes(...) or setVariant(...); got " + sources);
            }
            if (intraOpThreads < 1 || batchSize < 1) {
                throw new IllegalArgumentException("intraOpThreads and batchSize must be >= 1, got " + intraOpThreads
                        + " and " + batchSize);
            }
            String source = path != null ? path.toString() : bytes != null ? bytesName : "classpath:" + resource(variant);
            byte[] model = path != null ? readFile(path) : bytes != null ? bytes : readResource(resource(variant));
            OrtSession session = open(model, source);
            try {
                ModelSignature signature = ModelSignature.read(session, source);
                check(signature);
                return new OnnxEmotionModel(session, signature, flipAveraging, batchSize);
            } catch (OrtException | RuntimeException e) {
                closeQuietly(session, e);
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException(source + ": cannot read the model's signature: " + Messages.cap(e.getMessage()), e);
            }
        }

        private void check(ModelSignature signature) {
            if (requiredLabels != null && !requiredLabels.equals(signature.labels())) {
                throw new IllegalArgumentException(signature.source() + " predicts [" + signature.labels()
                        + "] but [" + requiredLabels + "] are required");
            }
            if (requiredInputSide > 0 && requiredInputSide != signature.side()) {
                throw new IllegalArgumentException(signature.source() + " takes " + signature.side() + "x"
                        + signature.side() + " faces but " + requiredInputSide + "x" + requiredInputSide
                        + " are required");
            }
        }

        private OrtSession open(byte[] model, String source) throws IOException {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                options.setIntraOpNumThreads(intraOpThreads);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                return environment.createSession(model, options);
            } catch (OrtException e) {
                throw new IOException(source + " is not a readable ONNX model (corrupt, truncated or of an "
                        + "unsupported opset): " + Messages.cap(e.getMessage()), e);
            }
        }

        private static byte[] readFile(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "no ONNX model file there");
            }
            return Files.readAllBytes(file);
        }

        private static byte[] readResource(String name) throws IOException {
            try (InputStream in = OnnxEmotionModel.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("The shipped model " + name + " is missing from the classpath; "
                            + "is fer-inference on it?");
                }
                return in.readAllBytes();
            }
        }

        private static void closeQuietly(OrtSession session, Exception cause) {
            try {
                session.close();
            } catch (OrtException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
