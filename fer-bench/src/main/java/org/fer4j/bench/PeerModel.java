package org.fer4j.bench;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslatorContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fer4j.core.GrayImage;

/**
 * The peer to beat: the widely used mini-Xception FER2013 classifier, as ONNX, run through DJL's
 * ONNX Runtime engine. It takes {@code input_1} float [N, 64, 64, 1] (NHWC, grayscale scaled as
 * {@code (v / 255 - 0.5) * 2}) and returns probabilities [N, 7] in FER2013 order. It is read from
 * the shared folder ({@code fer4j.shared.dir}, default {@code ../shared}), never copied.
 */
public final class PeerModel {

    /** The peer's input side in pixels. */
    public static final int SIDE = 64;

    /** The peer's file, relative to the shared folder. */
    public static final String RELATIVE_PATH = "peers/fer2013_mini_xception.onnx";

    private PeerModel() {}

    /** The peer's ONNX file if the shared folder holds it. */
    public static Optional<Path> locate() {
        Path file = Path.of(System.getProperty("fer4j.shared.dir", "../shared")).resolve(RELATIVE_PATH);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** System property: ONNX Runtime intra-op threads for the peer (default: ONNX Runtime's choice, one per core). */
    public static final String THREADS_PROPERTY = "fer4j.bench.peer.threads";

    /**
     * Loads the ONNX file with the OnnxRuntime engine; predictors take and return raw arrays. The
     * intra-op thread count follows {@value #THREADS_PROPERTY} when set, so the peer can be given the
     * same threads as PyTorch's {@code ai.djl.pytorch.num_threads}.
     */
    public static ZooModel<NDList, NDList> load(Path file) throws IOException {
        Criteria.Builder<NDList, NDList> builder = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(file)
                .optEngine("OnnxRuntime")
                .optTranslator(new NoopTranslator());
        String threads = System.getProperty(THREADS_PROPERTY);
        if (threads != null && !threads.isBlank()) {
            builder.optOption("intraOpNumThreads", threads.trim());
        }
        Criteria<NDList, NDList> criteria = builder.build();
        try {
            return criteria.loadModel();
        } catch (ModelNotFoundException | MalformedModelException e) {
            throw new IOException("Cannot load the peer model " + file + " with OnnxRuntime: " + e.getMessage(), e);
        }
    }

    /** Packs 64x64 faces in [0, 1] as the peer's NHWC input scaled to [-1, 1]. */
    public static float[] nhwc(List<GrayImage> faces) {
        float[] data = new float[faces.size() * SIDE * SIDE];
        for (int i = 0; i < faces.size(); i++) {
            GrayImage face = faces.get(i);
            if (face.width() != SIDE || face.height() != SIDE) {
                throw new IllegalArgumentException(
                        "Face " + i + " is " + face.width() + "x" + face.height() + "; the peer needs " + SIDE + "x" + SIDE);
            }
            int offset = i * SIDE * SIDE;
            face.copyTo(data, offset);
            for (int p = offset; p < offset + SIDE * SIDE; p++) {
                data[p] = data[p] * 2 - 1;
            }
        }
        return data;
    }

    /** The translator of the image path: 64x64 faces in, one row of 7 probabilities per face out. */
    public static final class FaceTranslator implements NoBatchifyTranslator<List<GrayImage>, float[][]> {

        /** Packs the faces into one [N, 64, 64, 1] input array. */
        @Override
        public NDList processInput(TranslatorContext ctx, List<GrayImage> faces) {
            NDArray input = ctx.getNDManager().create(nhwc(faces), new Shape(faces.size(), SIDE, SIDE, 1));
            return new NDList(input);
        }

        /** Splits the [N, 7] probabilities into rows. */
        @Override
        public float[][] processOutput(TranslatorContext ctx, NDList list) {
            NDArray probabilities = list.head();
            int n = (int) probabilities.getShape().get(0);
            int classes = (int) probabilities.getShape().get(1);
            float[] flat = probabilities.toFloatArray();
            float[][] rows = new float[n][classes];
            for (int i = 0; i < n; i++) {
                System.arraycopy(flat, i * classes, rows[i], 0, classes);
            }
            return rows;
        }
    }
}
