package org.fer4j.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.fer4j.augment.AugmentationPipeline;
import org.fer4j.core.data.InMemoryFaceDataset;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.train.FerTrainer;
import org.fer4j.models.train.TrainingPlan;
import org.fer4j.models.train.TrainingState;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Training throughput of the default architecture as {@link FerTrainer} runs it: one call is a
 * one-epoch {@code fit()} capped at {@value #STEPS} AdamW steps of {@value #BATCH} generated 48x48
 * faces, with the shipped recipe's standard augmentation prepared in the trainer's background
 * feeder, no validation and no checkpoints. The time is reported per face trained
 * ({@link OperationsPerInvocation}); it includes each {@code fit()}'s fixed set-up (trainer and
 * optimizer creation), which is small next to {@value #STEPS} steps. Faces per second is its inverse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true", "-Xmx3g"})
public class TrainingBenchmark {

    /** Optimisation steps per call. */
    public static final int STEPS = 4;
    /** Faces per step. */
    public static final int BATCH = 32;

    private EmotionRecognizer recognizer;
    private FerTrainer trainer;

    /** Builds an untrained default-architecture network and a trainer over generated faces. */
    @Setup(Level.Trial)
    public void setUp() {
        recognizer = EmotionRecognizer.builder().spec(ModelSpec.builder().build()).build();
        InMemoryFaceDataset faces = GeneratedFaces.dataset(STEPS * BATCH, recognizer.spec().inputSide(), 5);
        TrainingPlan plan = TrainingPlan.builder().optEpochs(1).optWarmupEpochs(0).optBatchSize(BATCH).build();
        trainer = recognizer.trainer()
                .setTrainingSet(faces)
                .optPlan(plan)
                .optAugmentation(AugmentationPipeline.standard())
                .optMaxStepsPerEpoch(STEPS)
                .build();
    }

    /** {@value #STEPS} training steps of {@value #BATCH} faces (forward, backward, AdamW update). */
    @Benchmark
    @OperationsPerInvocation(STEPS * BATCH)
    public TrainingState fitSteps() throws IOException {
        return trainer.fit();
    }

    /** Closes the network. */
    @TearDown(Level.Trial)
    public void tearDown() {
        recognizer.close();
    }
}
