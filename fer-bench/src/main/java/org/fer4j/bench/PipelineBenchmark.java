package org.fer4j.bench;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fer4j.augment.AugmentationPipeline;
import org.fer4j.augment.SeededAugmenter;
import org.fer4j.core.Clip;
import org.fer4j.core.preprocess.FacePreprocessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the pure-Java stages around the network, single-threaded, reported per face
 * ({@link OperationsPerInvocation}: one call handles {@value #FACES} faces, JMH divides):
 * {@link #preprocess} turns a decoded {@value GeneratedFaces#PHOTO_SIDE}-pixel colour picture into a
 * 48x48 grayscale face, {@link #augment} runs the standard training augmentation
 * ({@link AugmentationPipeline#standard()} through a {@link SeededAugmenter}) on a 48x48 face.
 * Faces per second is the inverse of the reported time per face.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true", "-Xmx1g"})
public class PipelineBenchmark {

    /** Faces handled per benchmark call. */
    public static final int FACES = 64;

    private final FacePreprocessor preprocessor = new FacePreprocessor();
    private final SeededAugmenter augmenter = new SeededAugmenter(AugmentationPipeline.standard(), 42);
    private List<BufferedImage> photos;
    private List<Clip> clips;
    private long epoch;

    /** Generates the pictures and faces. */
    @Setup(Level.Trial)
    public void setUp() {
        photos = GeneratedFaces.photos(FACES, GeneratedFaces.PHOTO_SIDE, 3);
        clips = GeneratedFaces.faces(FACES, FacePreprocessor.DEFAULT_SIDE, 3).stream().map(Clip::still).toList();
    }

    /** Decoded colour picture to a 48x48 grayscale face in [0, 1]. */
    @Benchmark
    @OperationsPerInvocation(FACES)
    public void preprocess(Blackhole blackhole) {
        for (BufferedImage photo : photos) {
            blackhole.consume(preprocessor.face(photo));
        }
    }

    /** One random draw of the standard augmentation on a 48x48 face (a new epoch per call, so draws differ). */
    @Benchmark
    @OperationsPerInvocation(FACES)
    public void augment(Blackhole blackhole) {
        long current = epoch++;
        for (int i = 0; i < clips.size(); i++) {
            blackhole.consume(augmenter.augment(clips.get(i), current, i));
        }
    }
}
