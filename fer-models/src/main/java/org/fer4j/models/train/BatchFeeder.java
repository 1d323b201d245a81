package org.fer4j.models.train;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fer4j.augment.SeededAugmenter;
import org.fer4j.core.Clip;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;

/**
 * Assembles an epoch's mini-batches as flat Java arrays: a seeded shuffle, optional seeded
 * augmentation, and one batch prepared ahead on a background thread while the engine trains on the
 * current one. The same seed and epoch always give the same batches.
 */
final class BatchFeeder implements AutoCloseable {

    /** One mini-batch: clips as (N, T, 1, H, W) row-major pixels, class indices and the samples it holds. */
    record Batch(float[] pixels, float[] labels, int[] indices, int size, int frames, int height, int width) {}

    private final List<LabeledClip> samples;
    private final LabelSet labels;
    private final SeededAugmenter augmenter;
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "fer4j-batch-feeder");
                        t.setDaemon(true);
                        return t;
                    });

    BatchFeeder(List<LabeledClip> samples, LabelSet labels, SeededAugmenter augmenter) {
        this.samples = samples;
        this.labels = labels;
        this.augmenter = augmenter;
    }

    /** The sample order of an epoch: a Fisher-Yates shuffle seeded by (seed, epoch). */
    static int[] order(int size, long seed, int epoch) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }

    /** Starts preparing a batch in the background. */
    Future<Batch> prefetch(int[] indices, int epoch) {
        return worker.submit(() -> assemble(indices, epoch));
    }

    /** Prepares a batch on the calling thread. */
    Batch assemble(int[] indices, int epoch) {
        Clip first = clip(indices[0], epoch);
        int frames = first.length();
        int height = first.height();
        int width = first.width();
        int clipSize = frames * height * width;
        float[] pixels = new float[indices.length * clipSize];
        float[] classes = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            Clip clip = i == 0 ? first : clip(indices[i], epoch);
            if (clip.length() != frames || clip.height() != height || clip.width() != width) {
                throw new IllegalArgumentException(
                        samples.get(indices[i]).source() + " is " + clip + " but its batch holds " + first
                                + "; clips in one dataset must share length and size");
            }
            clip.copyTensorData(pixels, i * clipSize);
            int label = labels.indexOf(samples.get(indices[i]).label());
            if (label < 0) {
                throw new IllegalArgumentException(
                        samples.get(indices[i]).source() + " has label " + samples.get(indices[i]).label()
                                + " which the model's classes [" + labels + "] do not include");
            }
            classes[i] = label;
        }
        return new Batch(pixels, classes, indices.clone(), indices.length, frames, height, width);
    }

    private Clip clip(int index, int epoch) {
        Clip clip = samples.get(index).clip();
        return augmenter == null ? clip : augmenter.augment(clip, epoch, index);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
