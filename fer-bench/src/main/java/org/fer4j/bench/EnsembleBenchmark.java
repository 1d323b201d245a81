package org.fer4j.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.preprocess.FacePreprocessor;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.zoo.ZooEnsemble;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What model averaging costs: decoded pictures to scores with the shipped default model ({@value
 * #DEFAULT}) against the shipped {@link ZooEnsemble#pretrained()} ({@value #ENSEMBLE}), both with
 * flip averaging, at batch 1 (latency) and 64 (throughput). Trained weights only; no fallback.
 */
public class EnsembleBenchmark extends MillisecondBenchmark {

    /** The {@code model} parameter value of the shipped default model. */
    public static final String DEFAULT = "default";

    /** The {@code model} parameter value of the shipped ensemble. */
    public static final String ENSEMBLE = "ensemble";

    /** {@value #DEFAULT} or {@value #ENSEMBLE}. */
    @Param({DEFAULT, ENSEMBLE})
    public String model;

    /** Faces per operation. */
    @Param({"1", "64"})
    public int batch;

    private EmotionModel opened;
    private List<BufferedImage> photos;
    private FacePreprocessor preprocessor;

    /** Opens the shipped model and generates the pictures. */
    @Setup(Level.Trial)
    public void setUp() {
        try {
            opened = switch (model) {
                case DEFAULT -> EmotionRecognizer.pretrained();
                case ENSEMBLE -> ZooEnsemble.pretrained();
                default -> throw new IllegalArgumentException(
                        "model '" + model + "': expected " + DEFAULT + " or " + ENSEMBLE);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped models are not on the classpath", e);
        }
        photos = GeneratedFaces.photos(batch, GeneratedFaces.PHOTO_SIDE, 7);
        preprocessor = new FacePreprocessor();
    }

    /** Decoded pictures to scores, as an application calls it. */
    @Benchmark
    public void fromImage(Blackhole blackhole) {
        InferenceBenchmark.scorePhotos(opened, preprocessor, photos, blackhole);
    }

    /** Frees the model. */
    @TearDown(Level.Trial)
    public void tearDown() {
        opened.close();
    }
}
