package org.fer4j.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.GrayImage;
import org.fer4j.core.preprocess.FacePreprocessor;
import org.fer4j.models.EmotionRecognizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per-face inference cost of each zoo variant and the default model, at batch 1 (latency) and at
 * batches of 8 to 256 (divide the time per operation by {@code batch} for the cost per face; the
 * report does). One operation scores {@code batch} single-frame faces.
 *
 * <ul>
 *   <li>{@link #fromImage} starts from decoded {@link BufferedImage}s ({@value GeneratedFaces#PHOTO_SIDE}
 *       pixels square, colour) and includes what an application pays: grayscale conversion and
 *       resizing to 48x48 ({@link FacePreprocessor}), the translator, and the recognizer's own
 *       settings ({@code predict} at batch 1, {@code predictAll} otherwise, which runs forward passes
 *       of at most the recognizer's batch size, 64; the default model averages with the mirrored
 *       face, i.e. two passes).
 *   <li>{@link #fromTensor} starts from a ready (batch, 1, 1, 48, 48) input array and measures one
 *       forward pass of the network plus copying the logits back to Java, nothing else.
 * </ul>
 *
 * <p>NDManager use in {@link #fromTensor}: the input array is created once per trial. DJL attaches
 * every intermediate of a forward pass to the manager of its input, so each call borrows the input
 * into a short-lived sub-manager ({@code tempAttachAll}) whose closing frees the intermediates and
 * hands the input back. A sub-manager is a plain Java object; no native memory is allocated or
 * copied for the input per call.
 */
public class InferenceBenchmark extends MillisecondBenchmark {

    /** {@value BenchModel#DEFAULT} or a zoo variant id. */
    @Param({"default", "cnn-rnn", "cnn-attention", "cnn-rnn-augmented"})
    public String model;

    /** Faces per operation. */
    @Param({"1", "8", "32", "64", "256"})
    public int batch;

    private BenchModel.Opened opened;
    private List<BufferedImage> photos;
    private FacePreprocessor preprocessor;
    private NDManager tensors;
    private NDArray input;

    /** Opens the model and prepares the pictures and the input array. */
    @Setup(Level.Trial)
    public void setUp() {
        opened = BenchModel.parse(model).open();
        System.out.println("[fer-bench] model " + model + ": " + opened.provenance());
        EmotionRecognizer recognizer = opened.recognizer();
        int side = recognizer.spec().inputSide();
        photos = GeneratedFaces.photos(batch, GeneratedFaces.PHOTO_SIDE, 7);
        preprocessor = new FacePreprocessor(side);
        float[] pixels = new float[batch * side * side];
        List<GrayImage> faces = GeneratedFaces.faces(batch, side, 7);
        for (int i = 0; i < batch; i++) {
            faces.get(i).copyTo(pixels, i * side * side);
        }
        tensors = recognizer.zooModel().getNDManager().newSubManager();
        input = tensors.create(pixels, new Shape(batch, 1, 1, side, side));
    }

    /** Decoded pictures to scores: preprocessing, translation and inference as an application calls it. */
    @Benchmark
    public void fromImage(Blackhole blackhole) {
        scorePhotos(opened.recognizer(), preprocessor, photos, blackhole);
    }

    /** Preprocesses and scores the photos as an application would: one face alone, several as one batch. */
    static void scorePhotos(EmotionModel model, FacePreprocessor preprocessor, List<BufferedImage> photos, Blackhole blackhole) {
        if (photos.size() == 1) {
            blackhole.consume(model.predict(preprocessor.face(photos.get(0))));
            return;
        }
        List<GrayImage> faces = new ArrayList<>(photos.size());
        for (BufferedImage photo : photos) {
            faces.add(preprocessor.face(photo));
        }
        blackhole.consume(model.predictAll(faces));
    }

    /** A ready input array to logits in Java: one forward pass of the network, no preprocessing. */
    @Benchmark
    public float[] fromTensor() {
        return forward(opened.recognizer().block(), input);
    }

    /** One inference-mode forward pass whose intermediates are freed before returning the logits. */
    static float[] forward(Block block, NDArray input) {
        try (NDManager scope = input.getManager().newSubManager()) {
            scope.tempAttachAll(input);
            NDList out = block.forward(new ParameterStore(scope, false), new NDList(input), false);
            return out.head().toFloatArray();
        }
    }

    /** Frees the input array and the model. */
    @TearDown(Level.Trial)
    public void tearDown() {
        tensors.close();
        opened.close();
    }
}
