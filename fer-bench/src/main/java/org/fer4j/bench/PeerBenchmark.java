package org.fer4j.bench;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.GrayImage;
import org.fer4j.core.preprocess.FacePreprocessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The peer's per-face latency (mini-Xception through DJL's ONNX Runtime engine, see
 * {@link PeerModel}) at batch 1 and 32, measured like {@link InferenceBenchmark}: one operation
 * scores {@code batch} faces.
 *
 * <ul>
 *   <li>{@link #peerFromImage}: decoded {@value GeneratedFaces#PHOTO_SIDE}-pixel colour pictures through
 *       {@link FacePreprocessor} at 64x64 and the peer's translator ({@link PeerModel.FaceTranslator}).
 *   <li>{@link #peerFromTensor}: a ready [batch, 64, 64, 1] input array created once per trial, fed
 *       through a {@code NoopTranslator} predictor; like {@link InferenceBenchmark#fromTensor}, each call
 *       borrows the input into a short-lived sub-manager that frees the outputs.
 * </ul>
 *
 * <p>Needs the shared folder's peer file ({@code -Dfer4j.shared.dir=...}); without it the trial
 * fails at setup with a message saying where it looked ({@code run-benchmarks.sh} leaves this
 * benchmark out in that case).
 */
public class PeerBenchmark extends MillisecondBenchmark {

    /** Faces per operation. */
    @Param({"1", "32"})
    public int batch;

    private ZooModel<NDList, NDList> model;
    private Predictor<NDList, NDList> tensorPredictor;
    private Predictor<List<GrayImage>, float[][]> imagePredictor;
    private List<BufferedImage> photos;
    private final FacePreprocessor preprocessor = new FacePreprocessor(PeerModel.SIDE);
    private NDManager tensors;
    private NDArray input;

    /** Loads the peer and prepares pictures and the input array. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path file = PeerModel.locate().orElseThrow(() -> new IllegalStateException(
                "The peer model is not at " + System.getProperty("fer4j.shared.dir", "../shared") + "/"
                        + PeerModel.RELATIVE_PATH + "; pass -Dfer4j.shared.dir=<shared folder> or exclude PeerBenchmark"));
        model = PeerModel.load(file);
        tensorPredictor = model.newPredictor();
        imagePredictor = model.newPredictor(new PeerModel.FaceTranslator());
        photos = GeneratedFaces.photos(batch, GeneratedFaces.PHOTO_SIDE, 7);
        tensors = model.getNDManager().newSubManager();
        List<GrayImage> faces = GeneratedFaces.faces(batch, PeerModel.SIDE, 7);
        input = tensors.create(PeerModel.nhwc(faces), new Shape(batch, PeerModel.SIDE, PeerModel.SIDE, 1));
    }

    /** Decoded pictures to probabilities: preprocessing at 64x64, translation and inference. */
    @Benchmark
    public float[][] peerFromImage() throws TranslateException {
        List<GrayImage> faces = new ArrayList<>(batch);
        for (BufferedImage photo : photos) {
            faces.add(preprocessor.face(photo));
        }
        return imagePredictor.predict(faces);
    }

    /** A ready input array to probabilities in Java: one ONNX Runtime session run. */
    @Benchmark
    public float[] peerFromTensor() throws TranslateException {
        try (NDManager scope = tensors.newSubManager()) {
            scope.tempAttachAll(input);
            return tensorPredictor.predict(new NDList(input)).head().toFloatArray();
        }
    }

    /** Frees predictors, input and model. */
    @TearDown(Level.Trial)
    public void tearDown() {
        tensorPredictor.close();
        imagePredictor.close();
        tensors.close();
        model.close();
    }
}
