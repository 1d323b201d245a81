package org.fer4j.detect;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.core.face.FaceDetectorException;
import org.fer4j.core.image.Picture;
import org.fer4j.detect.BlazeFaceDecoder.Letterbox;

/**
 * MediaPipe's BlazeFace short-range face detector (128x128 input, faces within ~2 m of the camera)
 * on ONNX Runtime, fully offline: the ONNX model ships inside this jar (Apache-2.0, see the NOTICE
 * beside it). The whole picture is letterboxed into the input, anchors decoded into boxes and six
 * key points, and overlapping boxes merged by weighted non-maximum suppression. Faces smaller than
 * about a tenth of the picture's longer side are missed: use {@link TiledFaceDetector} for photos.
 *
 * <p>Thread-safe: one detector may serve many threads. It uses the process-wide {@link
 * OrtEnvironment}, creating it when the application has not, and never configures it, so it
 * coexists with an application's own ONNX Runtime use.
 */
public final class BlazeFaceDetector implements FaceDetector {

    /** Classpath location of the shipped model. */
    public static final String MODEL_RESOURCE = "/org/fer4j/detect/blazeface/face_detection_short_range.onnx";

    private static final long[] INPUT_SHAPE = {1, BlazeFaceDecoder.INPUT_SIDE, BlazeFaceDecoder.INPUT_SIDE, 3};

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String inputName;
    private final BlazeFaceDecoder decoder;
    private final WeightedNms nms;

    private BlazeFaceDetector(OrtEnvironment environment, OrtSession session, BlazeFaceDecoder decoder, WeightedNms nms)
            throws OrtException {
        this.environment = environment;
        this.session = session;
        this.inputName = session.getInputNames().iterator().next();
        this.decoder = decoder;
        this.nms = nms;
    }

    /** The shipped model with default thresholds. */
    public static BlazeFaceDetector create() {
        return builder().build();
    }

    /** A builder to change thresholds or load another model with the same input and outputs. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<Detection> detect(Picture picture) {
        Letterbox letterbox = Letterbox.fit(picture.width(), picture.height());
        float[] input = BlazeFaceInput.of(picture, letterbox);
        float[][] byRole = new float[4][];
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), INPUT_SHAPE);
                OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            for (Map.Entry<String, OnnxValue> output : result) {
                OnnxTensor values = (OnnxTensor) output.getValue();
                long[] shape = values.getInfo().getShape();
                byRole[role(shape)] = floats(values);
            }
        } catch (OrtException e) {
            throw new FaceDetectorException("BlazeFace failed on " + picture + ": " + e.getMessage(), e);
        }
        for (float[] values : byRole) {
            if (values == null) {
                throw new FaceDetectorException("BlazeFace model lacks one of its four outputs (scores and boxes of two heads)", null);
            }
        }
        List<Detection> merged = nms.apply(decoder.decodeAll(byRole[0], byRole[2], byRole[1], byRole[3], letterbox));
        merged.sort(Comparator.comparingDouble(Detection::score).reversed());
        return merged;
    }

    /** 0, 1: scores of the fine and coarse heads; 2, 3: their regressors. */
    private static int role(long[] shape) {
        long anchors = shape.length > 1 ? shape[1] : -1;
        boolean scores = shape[shape.length - 1] == 1;
        int head = anchors == BlazeFaceDecoder.FINE.anchors() ? 0 : anchors == BlazeFaceDecoder.COARSE.anchors() ? 1 : -1;
        if (head < 0) {
            throw new FaceDetectorException(
                    "Unexpected BlazeFace output shape " + java.util.Arrays.toString(shape) + "; is this a short-range (128x128) model?", null);
        }
        return head + (scores ? 0 : 2);
    }

    private static float[] floats(OnnxTensor tensor) {
        FloatBuffer buffer = tensor.getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    /** Releases the ONNX Runtime session (the shared environment stays, as it belongs to the process). */
    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new FaceDetectorException("Cannot close the BlazeFace session: " + e.getMessage(), e);
        }
    }

    /** Configures a {@link BlazeFaceDetector}. */
    public static final class Builder {

        private float scoreThreshold = 0.5f;
        private double nmsIouThreshold = 0.3;
        private Path modelFile;
        private int threads = 1;

        private Builder() {}

        /** Minimum face confidence in (0, 1); 0.5 by default (MediaPipe's short-range setting). */
        public Builder optScoreThreshold(float scoreThreshold) {
            this.scoreThreshold = scoreThreshold;
            return this;
        }

        /** IoU at which overlapping boxes are merged; 0.3 by default. */
        public Builder optNmsIouThreshold(double nmsIouThreshold) {
            this.nmsIouThreshold = nmsIouThreshold;
            return this;
        }

        /**
         * Threads ONNX Runtime may use for one detection; 1 by default, the fastest for a model this
         * small.
         */
        public Builder optThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("BlazeFace threads must be >= 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Loads a BlazeFace short-range ONNX file instead of the shipped one; it must take a
         * [1,128,128,3] RGB input in [-1, 1] and give the 896-anchor score and regressor outputs.
         */
        public Builder optModelFile(Path modelFile) {
            this.modelFile = modelFile;
            return this;
        }

        /**
         * Loads the model on ONNX Runtime.
         *
         * @throws FaceDetectorException when the model is missing or cannot be loaded
         */
        public BlazeFaceDetector build() {
            BlazeFaceDecoder decoder = new BlazeFaceDecoder(scoreThreshold);
            WeightedNms nms = new WeightedNms(nmsIouThreshold);
            String source = modelFile == null ? MODEL_RESOURCE : modelFile.toString();
            byte[] model = readModel();
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = null;
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(threads);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                // The shipped model has unused initialisers ONNX Runtime would warn about at every load.
                options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
                session = environment.createSession(model, options);
                requireInput(session, source);
                return new BlazeFaceDetector(environment, session, decoder, nms);
            } catch (OrtException e) {
                closeQuietly(session);
                throw new FaceDetectorException("Cannot load BlazeFace model " + source + " on ONNX Runtime: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                closeQuietly(session);
                throw e;
            }
        }

        private byte[] readModel() {
            try {
                if (modelFile != null) {
                    if (!Files.isRegularFile(modelFile)) {
                        throw new FaceDetectorException("BlazeFace model file " + modelFile + " does not exist", null);
                    }
                    return Files.readAllBytes(modelFile);
                }
                try (InputStream in = BlazeFaceDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
                    if (in == null) {
                        throw new FaceDetectorException(
                                "The shipped BlazeFace model " + MODEL_RESOURCE + " is missing from the classpath", null);
                    }
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new FaceDetectorException(
                        "Cannot read BlazeFace model " + (modelFile == null ? MODEL_RESOURCE : modelFile) + ": " + e.getMessage(), e);
            }
        }

        private static void requireInput(OrtSession session, String source) throws OrtException {
            Map<String, NodeInfo> inputs = session.getInputInfo();
            if (inputs.size() != 1
                    || !(inputs.values().iterator().next().getInfo() instanceof TensorInfo info)
                    || info.getShape().length != 4
                    || info.getShape()[3] != 3) {
                throw new FaceDetectorException(
                        "BlazeFace model " + source + " must take one [1,128,128,3] input, has " + inputs.values(), null);
            }
        }

        private static void closeQuietly(OrtSession session) {
            if (session != null) {
                try {
                    session.close();
                } catch (OrtException suppressed) {
                    // The load failure being reported is the useful error.
                }
            }
        }
    }
}
