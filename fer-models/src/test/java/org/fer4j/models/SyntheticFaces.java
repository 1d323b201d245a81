package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.nn.Block;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.fer4j.core.data.InMemoryFaceDataset;
import org.fer4j.metrics.curve.EpochRecord;
import org.fer4j.models.train.FerTrainer;
import org.fer4j.models.train.TrainingPlan;
import org.fer4j.models.train.TrainingState;

/**
 * Generated, learnable "faces" for tests: class k is a bright square of a class-specific size over
 * noise, at a random place in each frame, so a small network can learn it in a few steps.
 */
public final class SyntheticFaces {

    /** Side of the generated faces. */
    public static final int SIDE = 16;

    private SyntheticFaces() {}

    /** A tiny architecture that trains in seconds on {@link #SIDE}-pixel faces. */
    public static ModelSpec tinySpec(Temporal temporal, boolean attention) {
        return ModelSpec.builder()
                .optInputSide(SIDE)
                .optChannels(8, 16)
                .optConvsPerStage(1)
                .optFeatureSize(16)
                .optHiddenSize(8)
                .optDropout(0.1f)
                .optTemporal(temporal)
                .optAttention(attention)
                .build();
    }

    /** {@code count} clips of {@code frames} frames with labels cycling through the label set. */
    public static List<LabeledClip> clips(int count, int frames, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LabelSet labels = LabelSet.FER2013;
        List<LabeledClip> clips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int label = i % labels.size();
            List<GrayImage> images = new ArrayList<>();
            for (int t = 0; t < frames; t++) {
                images.add(face(label, t, random));
            }
            clips.add(new LabeledClip(Clip.of(images), labels.get(label), "synthetic " + i, "S" + (i % 5)));
        }
        return clips;
    }

    /** The clips as a prepared in-memory dataset. */
    public static InMemoryFaceDataset dataset(int count, int frames, long seed) {
        InMemoryFaceDataset dataset =
                InMemoryFaceDataset.builder().setSamples(clips(count, frames, seed)).optLabelSet(LabelSet.FER2013).build();
        try {
            dataset.prepare(null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dataset;
    }

    /**
     * A trainer of a block on 420 generated faces (validated on 70 others) for 6 epochs of batch 16
     * at a high learning rate without label smoothing: enough for a tiny network to learn them.
     */
    public static FerTrainer.Builder briefTraining(Block block) {
        return FerTrainer.builder()
                .setBlock(block)
                .setLabels(LabelSet.FER2013)
                .setTrainingSet(dataset(420, 1, 1))
                .optValidationSet(dataset(70, 1, 2))
                .optPlan(TrainingPlan.builder().optEpochs(6).optBatchSize(16)
                        .optWarmupEpochs(1).optLearningRate(5e-3f).optLabelSmoothing(0).build());
    }

    /**
     * Runs a {@link #briefTraining} set-up and asserts that it learned: six epochs, the last one's
     * training loss below 70 % of the first one's, and better than 50 % validation accuracy.
     */
    public static void assertLearns(FerTrainer.Builder briefTraining) throws IOException {
        List<EpochRecord> curve = new ArrayList<>();
        TrainingState state = briefTraining.addListener(curve::add).build().fit();
        assertThat(curve).hasSize(6);
        assertThat(curve.get(5).trainLoss()).isLessThan(curve.get(0).trainLoss() * 0.7);
        assertThat(state.bestAccuracy()).isGreaterThan(0.5);
    }

    /** Class k is a bright square of side 2 + 2k at a random place, so its size (not place) tells the class. */
    private static GrayImage face(int label, int frame, SplittableRandom random) {
        float[] pixels = new float[SIDE * SIDE];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) (0.2 * random.nextDouble());
        }
        int size = Math.min(SIDE - 1, 2 + 2 * label);
        int left = random.nextInt(SIDE - size + 1);
        int top = random.nextInt(SIDE - size + 1);
        for (int y = top; y < top + size; y++) {
            for (int x = left; x < left + size; x++) {
                pixels[y * SIDE + x] = 0.9f;
            }
        }
        return GrayImage.of(SIDE, SIDE, pixels);
    }
}
