package org.fer4j.models;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.util.List;
import org.fer4j.core.Clip;

/**
 * Runs a network in inference mode over many clips in batches and returns class probabilities,
 * optionally averaged with the horizontally mirrored clip (test-time flip augmentation), through
 * the same {@link ClipInference} road as {@link EmotionRecognizer}. Every batch's native arrays live
 * in a sub-manager closed right after it.
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

    /**
     * Class probabilities for each clip, in order; clips of one call must share their length, and
     * frames of another size than the first clip's (square) side are resized to it.
     */
    public float[][] probabilities(List<Clip> clips) {
        if (clips.isEmpty()) {
            return new float[0][];
        }
        return new ClipInference(block, clips.get(0).width(), flipAveraging).probabilities(manager, clips, batchSize);
    }
}
