package org.fer4j.models;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.fer4j.core.Clip;

/**
 * Runs a network in inference mode over many clips in batches and returns class probabilities,
 * optionally averaged with the horizontally mirrored clip (test-time flip augmentation). Every
 * batch's native arrays live in a sub-manager closed right after it.
 */
public final class ClipScorer {

    private final Block block;
    private final NDManager manager;
    private final int batchSize;
    private final boolean flipAveraging;

    /**
     * Creates a scorer.
     *
     * @param block an initialised network taking (N, T, 1, S, S) and returning logits first
     * @param manager the manager on the device to run on (batches use sub-managers of it)
     * @param batchSize clips per forward pass
     * @param flipAveraging whether to average with the mirrored clip
     */
    public ClipScorer(Block block, NDManager manager, int batchSize, boolean flipAveraging) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        this.block = block;
        this.manager = manager;
        this.batchSize = batchSize;
        this.flipAveraging = flipAveraging;
    }

    /** The device batches run on. */
    public Device device() {
        return manager.getDevice();
    }

    /** Class probabilities for each clip, in order; clips of one call must share length and size. */
    public float[][] probabilities(List<Clip> clips) {
        float[][] result = new float[clips.size()][];
        for (int start = 0; start < clips.size(); start += batchSize) {
            List<Clip> batch = clips.subList(start, Math.min(clips.size(), start + batchSize));
            float[][] probs = probabilitiesOfBatch(batch);
            System.arraycopy(probs, 0, result, start, probs.length);
        }
        return result;
    }

    private float[][] probabilitiesOfBatch(List<Clip> batch) {
        Clip first = batch.get(0);
        int clipSize = first.length() * first.height() * first.width();
        float[] pixels = new float[batch.size() * clipSize];
        for (int i = 0; i < batch.size(); i++) {
            Clip clip = batch.get(i);
            if (clip.length() != first.length() || clip.width() != first.width() || clip.height() != first.height()) {
                throw new IllegalArgumentException(
                        "Clip " + i + " of a batch is " + clip + " but clip 0 is " + first);
            }
            clip.copyTensorData(pixels, i * clipSize);
        }
        try (NDManager scope = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(scope, false);
            NDArray x =
                    scope.create(pixels, new Shape(batch.size(), first.length(), 1, first.height(), first.width()));
            NDArray probs = block.forward(store, new NDList(x), false).head().softmax(1);
            if (flipAveraging) {
                NDArray mirrored = block.forward(store, new NDList(x.flip(4)), false).head().softmax(1);
                probs = probs.add(mirrored).div(2);
            }
            long classes = probs.getShape().get(1);
            float[] flat = probs.toFloatArray();
            float[][] out = new float[batch.size()][(int) classes];
            for (int i = 0; i < out.length; i++) {
                System.arraycopy(flat, (int) (i * classes), out[i], 0, (int) classes);
            }
            return out;
        }
    }
}
