package org.fer4j.bench;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.GrayImage;
import org.fer4j.inference.OnnxEmotionModel;
import org.fer4j.models.export.OnnxExporter;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.Temporal;

/**
 * The runtimes {@link RuntimeBenchmark} compares, each opening a model with a given number of
 * intra-op threads and scoring a batch of ready model-side faces per call:
 *
 * <ul>
 *   <li>{@code pytorch}: fer-models' {@code EmotionRecognizer} on PyTorch eager ({@link BenchModel});
 *   <li>{@code onnx}: fer-inference's {@link OnnxEmotionModel} on ONNX Runtime used directly, the
 *       shipped {@code .onnx} of the same variant, flip averaging as {@link BenchModel} sets it (on for
 *       {@value BenchModel#DEFAULT}, off for the zoo variants);
 *   <li>{@code djl-onnx}: the same {@code .onnx} through DJL's OnnxRuntime engine with a {@code
 *       NoopTranslator}, fed a ready input array of the same rows (mirrors included), so it pays no
 *       Java-side packing: the engine's overhead alone;
 *   <li>{@code peer}: the mini-Xception peer ({@link PeerModel}) through DJL's OnnxRuntime engine on
 *       64x64 faces; it ignores {@code model}.
 * </ul>
 */
public enum BenchRuntime {
    /** PyTorch eager through DJL. */
    PYTORCH("pytorch"),
    /** ONNX Runtime used directly. */
    ONNX("onnx"),
    /** ONNX Runtime through DJL's engine. */
    DJL_ONNX("djl-onnx"),
    /** The peer model through DJL's ONNX Runtime engine. */
    PEER("peer");

    private final String id;

    BenchRuntime(String id) {
        this.id = id;
    }

    /** Parses a runtime id such as {@code onnx}. */
    public static BenchRuntime parse(String id) {
        for (BenchRuntime runtime : values()) {
            if (runtime.id.equalsIgnoreCase(id)) {
                return runtime;
            }
        }
        throw new IllegalArgumentException("Unknown runtime '" + id + "'; expected pytorch, onnx, djl-onnx or peer");
    }

    /** One opened model that scores a batch of faces per call. */
    public interface Scorer extends AutoCloseable {
        /** Scores the batch once and returns something for the blackhole. */
        Object score();

        /** What was opened, for the log. */
        String provenance();

        /** Frees the model. */
        @Override
        void close();
    }

    /** Opens {@code model} on this runtime with {@code threads} intra-op threads, for batches of {@code batch} faces. */
    public Scorer open(BenchModel model, int batch, int threads) {
        return switch (this) {
            case PYTORCH -> pytorch(model, batch, threads);
            case ONNX -> modelScorer(onnx(model, threads), batch, "ONNX Runtime direct, "
                    + (model.shipped() ? variant(model) : model.name() + " untrained, exported to .onnx"));
            case DJL_ONNX -> djlOnnx(model, batch, threads);
            case PEER -> peer(batch, threads);
        };
    }

    private static Scorer pytorch(BenchModel model, int batch, int threads) {
        // Each JMH fork is a fresh JVM: the property is read when the engine starts, on the first model.
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        BenchModel.Opened opened = model.open();
        Scorer scorer = modelScorer(opened.recognizer(), batch, opened.provenance());
        return new Scorer() {
            @Override
            public Object score() {
                return scorer.score();
            }

            @Override
            public String provenance() {
                return scorer.provenance();
            }

            @Override
            public void close() {
                opened.close();
            }
        };
    }

    private static Scorer modelScorer(EmotionModel model, int batch, String provenance) {
        List<GrayImage> faces = GeneratedFaces.faces(batch, 48, 7);
        return new Scorer() {
            @Override
            public Object score() {
                return batch == 1 ? model.predict(faces.get(0)) : model.predictAll(faces);
            }

            @Override
            public String provenance() {
                return provenance;
            }

            @Override
            public void close() {
                model.close();
            }
        };
    }

    private static OnnxEmotionModel onnx(BenchModel model, int threads) {
        try {
            OnnxEmotionModel.Builder onnx = OnnxEmotionModel.builder();
            if (model.shipped()) {
                onnx.setVariant(variant(model));
            } else {
                onnx.setModelPath(onnxFile(model));
            }
            return onnx.optFlipAveraging(flip(model)).optIntraOpThreads(threads).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Scorer djlOnnx(BenchModel model, int batch, int threads) {
        int rows = flip(model) ? 2 * batch : batch;
        Path file = onnxFile(model);
        ZooModel<NDList, NDList> zoo = load(file, threads);
        NDManager tensors = zoo.getNDManager().newSubManager();
        float[] pixels = new float[rows * 48 * 48];
        List<GrayImage> faces = GeneratedFaces.faces(rows, 48, 7);
        for (int i = 0; i < rows; i++) {
            faces.get(i).copyTo(pixels, i * 48 * 48);
        }
        NDList input = new NDList(tensors.create(pixels, new Shape(rows, 1, 1, 48, 48)));
        ModelSpec spec = model.spec();
        if (spec.temporal() != Temporal.NONE) {
            input.add(tensors.zeros(new Shape(1, rows, spec.hiddenSize())));
        }
        if (spec.temporal() == Temporal.LSTM) {
            input.add(tensors.zeros(new Shape(1, rows, spec.hiddenSize())));
        }
        Predictor<NDList, NDList> predictor = zoo.newPredictor();
        return new Scorer() {
            @Override
            public Object score() {
                try (NDManager scope = tensors.newSubManager()) {
                    scope.tempAttachAll(input);
                    return predictor.predict(input).head().toFloatArray();
                } catch (TranslateException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public String provenance() {
                return "DJL OnnxRuntime engine, " + file + ", " + rows + " rows per call";
            }

            @Override
            public void close() {
                predictor.close();
                tensors.close();
                zoo.close();
            }
        };
    }

    private static Scorer peer(int batch, int threads) {
        System.setProperty(PeerModel.THREADS_PROPERTY, Integer.toString(threads));
        Path file = PeerModel.locate().orElseThrow(() -> new IllegalStateException("The peer model is not in the "
                + "shared folder; pass -Dfer4j.shared.dir=<shared folder>"));
        ZooModel<NDList, NDList> zoo;
        try {
            zoo = PeerModel.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Predictor<List<GrayImage>, float[][]> predictor = zoo.newPredictor(new PeerModel.FaceTranslator());
        List<GrayImage> faces = GeneratedFaces.faces(batch, PeerModel.SIDE, 7);
        return new Scorer() {
            @Override
            public Object score() {
                try {
                    return predictor.predict(faces);
                } catch (TranslateException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public String provenance() {
                return "peer " + file;
            }

            @Override
            public void close() {
                predictor.close();
                zoo.close();
            }
        };
    }

    /** The shipped ONNX variant a bench model name stands for. */
    private static String variant(BenchModel model) {
        return model.name().equals(BenchModel.DEFAULT) ? OnnxEmotionModel.DEFAULT_VARIANT : model.name();
    }

    /** Flip averaging as {@link BenchModel#open()} configures the PyTorch side: on for the default only. */
    private static boolean flip(BenchModel model) {
        return model.name().equals(BenchModel.DEFAULT);
    }

    /**
     * The {@code .onnx} of a bench model: the shipped file of a variant, or, for a {@code width-N}
     * architecture (nothing shipped), its untrained network exported to a temporary file.
     */
    private static Path onnxFile(BenchModel model) {
        if (model.shipped()) {
            return extract(variant(model));
        }
        try (BenchModel.Opened opened = model.open()) {
            Path file = Files.createTempFile("fer4j-" + model.name(), ".onnx");
            file.toFile().deleteOnExit();
            OnnxExporter.builder().setRecognizer(opened.recognizer()).build().export(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path extract(String variant) {
        try (InputStream in = OnnxEmotionModel.class.getResourceAsStream(OnnxEmotionModel.resource(variant))) {
            Path file = Files.createTempFile("fer4j-" + variant, ".onnx");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ZooModel<NDList, NDList> load(Path file, int threads) {
        try {
            return Criteria.builder()
                    .setTypes(NDList.class, NDList.class)
                    .optModelPath(file)
                    .optEngine("OnnxRuntime")
                    .optTranslator(new NoopTranslator())
                    .optOption("intraOpNumThreads", Integer.toString(threads))
                    .optOption("interOpNumThreads", "1")
                    .optOption("optLevel", "ALL_OPT")
                    .build()
                    .loadModel();
        } catch (ModelNotFoundException | MalformedModelException | IOException e) {
            throw new IllegalStateException("Cannot load " + file + " with DJL's OnnxRuntime engine: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
