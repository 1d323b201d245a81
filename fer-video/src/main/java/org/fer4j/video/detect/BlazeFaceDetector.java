package org.fer4j.video.detect;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import org.fer4j.video.detect.BlazeFaceDecoder.Letterbox;
import org.fer4j.video.source.VideoFrame;

/**
 * MediaPipe's BlazeFace short-range face detector (128x128 input, faces within ~2 m of the camera)
 * on DJL's ONNX Runtime engine, fully offline: the ONNX model ships inside this jar (Apache-2.0, see
 * the NOTICE beside it). Frames are letterboxed into the input, anchors decoded, and overlapping
 * boxes merged by weighted non-maximum suppression.
 */
public final class BlazeFaceDetector implements FaceDetector {

    /** Classpath location of the shipped model. */
    public static final String MODEL_RESOURCE = "/org/fer4j/video/detect/blazeface/face_detection_short_range.onnx";

    private final ZooModel<VideoFrame, List<Detection>> model;
    private final Predictor<VideoFrame, List<Detection>> predictor;

    private BlazeFaceDetector(ZooModel<VideoFrame, List<Detection>> model) {
        this.model = model;
        this.predictor = model.newPredictor();
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
    public List<Detection> detect(VideoFrame frame) {
        try {
            return predictor.predict(frame);
        } catch (TranslateException e) {
            throw new FaceDetectorException("BlazeFace failed on frame " + frame.index() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
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
         * Threads ONNX Runtime may use for one detection; 1 by default, which is the fastest for a
         * model this small (2.4-3.5 ms per frame on 2 shared cores, against 4.8-8 ms with 2).
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
            BlazeFaceTranslator translator =
                    new BlazeFaceTranslator(new BlazeFaceDecoder(scoreThreshold), new WeightedNms(nmsIouThreshold));
            Path file = modelFile;
            Path extracted = null;
            try {
                if (file == null) {
                    extracted = extractShippedModel();
                    file = extracted;
                } else if (!Files.isRegularFile(file)) {
                    throw new FaceDetectorException("BlazeFace model file " + file + " does not exist", null);
                }
                Criteria.Builder<VideoFrame, List<Detection>> criteria =
                        Criteria.builder()
                                .setTypes(VideoFrame.class, listOfDetections())
                                .optEngine("OnnxRuntime")
                                .optModelPath(file)
                                .optTranslator(translator)
                                .optOption("intraOpNumThreads", Integer.toString(threads))
                                .optOption("interOpNumThreads", "1");
                return new BlazeFaceDetector(criteria.build().loadModel());
            } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
                if (e instanceof FaceDetectorException fde) {
                    throw fde;
                }
                throw new FaceDetectorException(
                        "Cannot load BlazeFace model " + (modelFile == null ? MODEL_RESOURCE : modelFile)
                                + " on DJL's OnnxRuntime engine: " + e.getMessage(),
                        e);
            } finally {
                deleteQuietly(extracted);
            }
        }

        private static Path extractShippedModel() throws IOException {
            try (InputStream in = BlazeFaceDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new FaceDetectorException("The shipped BlazeFace model " + MODEL_RESOURCE + " is missing from the classpath", null);
                }
                Path file = Files.createTempFile("fer4j-blazeface-", ".onnx");
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                return file;
            }
        }

        private static void deleteQuietly(Path file) {
            if (file != null) {
                try {
                    // ONNX Runtime has read the model into its session by now.
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete temporary model copy " + file, e);
                }
            }
        }

        @SuppressWarnings("unchecked")
        private static Class<List<Detection>> listOfDetections() {
            return (Class<List<Detection>>) (Class<?>) List.class;
        }
    }

    /** Letterboxes a frame into the model input and decodes the outputs back into frame boxes. */
    private static final class BlazeFaceTranslator implements NoBatchifyTranslator<VideoFrame, List<Detection>> {

        private static final String LETTERBOX = "letterbox";
        private static final int SIDE = BlazeFaceDecoder.INPUT_SIDE;

        private final BlazeFaceDecoder decoder;
        private final WeightedNms nms;

        BlazeFaceTranslator(BlazeFaceDecoder decoder, WeightedNms nms) {
            this.decoder = decoder;
            this.nms = nms;
        }

        @Override
        public NDList processInput(TranslatorContext ctx, VideoFrame frame) {
            Letterbox letterbox = Letterbox.fit(frame.width(), frame.height());
            ctx.setAttachment(LETTERBOX, letterbox);
            float[] input = toInput(frame.image(), letterbox);
            return new NDList(ctx.getNDManager().create(FloatBuffer.wrap(input), new Shape(1, SIDE, SIDE, 3)));
        }

        @Override
        public List<Detection> processOutput(TranslatorContext ctx, NDList outputs) {
            float[][] byRole = new float[4][];
            for (NDArray output : outputs) {
                Shape shape = output.getShape();
                int anchors = (int) shape.get(1);
                boolean scores = shape.get(shape.dimension() - 1) == 1;
                int role = (anchors == BlazeFaceDecoder.FINE.anchors() ? 0 : anchors == BlazeFaceDecoder.COARSE.anchors() ? 1 : -1);
                if (role < 0) {
                    throw new FaceDetectorException("Unexpected BlazeFace output shape " + shape + "; is this a short-range (128x128) model?", null);
                }
                byRole[role + (scores ? 0 : 2)] = output.toFloatArray();
            }
            for (float[] values : byRole) {
                if (values == null) {
                    throw new FaceDetectorException("BlazeFace model lacks one of its four outputs (scores and boxes of two heads)", null);
                }
            }
            Letterbox letterbox = (Letterbox) ctx.getAttachment(LETTERBOX);
            List<Detection> candidates = decoder.decodeAll(byRole[0], byRole[2], byRole[1], byRole[3], letterbox);
            List<Detection> merged = nms.apply(candidates);
            merged.sort(Comparator.comparingDouble(Detection::score).reversed());
            return merged;
        }

        /** The frame resized into a black 128x128 square, as RGB floats in [-1, 1], HWC order. */
        private static float[] toInput(BufferedImage image, Letterbox letterbox) {
            BufferedImage square = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = square.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, letterbox.padX(), letterbox.padY(), letterbox.scaledWidth(), letterbox.scaledHeight(), null);
            g.dispose();
            byte[] bgr = ((DataBufferByte) square.getRaster().getDataBuffer()).getData();
            float[] rgb = new float[SIDE * SIDE * 3];
            for (int p = 0; p < bgr.length; p += 3) {
                rgb[p] = (bgr[p + 2] & 0xFF) / 127.5f - 1f;
                rgb[p + 1] = (bgr[p + 1] & 0xFF) / 127.5f - 1f;
                rgb[p + 2] = (bgr[p] & 0xFF) / 127.5f - 1f;
            }
            return rgb;
        }
    }
}
