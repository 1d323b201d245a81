package org.fer4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fer4j.core.AttentionMap;
import org.fer4j.core.Clip;
import org.fer4j.models.nn.RecurrentHead;
import org.fer4j.models.nn.SpatialAttentionPool;

/**
 * The one inference road of fer-models: packs clips of faces into the network's input, runs the
 * network in inference mode, mirrors and normalises. With flip averaging the mirrored clips run in
 * the same forward pass, appended to the batch (clip i's mirror is row N + i), and the class
 * probabilities are the mean of the softmax of both halves; a carried recurrent state therefore
 * holds the originals' and the mirrors' state side by side. The predictor, batch scoring and
 * streams all go through here, so they cannot drift apart.
 */
final class ClipInference {

    private static final String[] STATE_NAMES = {RecurrentHead.STATE_H, RecurrentHead.STATE_C};

    private final Block block;
    private final int side;
    private final boolean flipAveraging;

    /**
     * Creates the road.
     *
     * @param block an initialised network taking (N, T, 1, S, S) (plus optional state) and returning
     *     logits first, or null when a DJL {@code Predictor} runs it (then only {@link #pack} and the
     *     output readers are used)
     * @param side the network's input side; frames of any other size are resized to it
     * @param flipAveraging whether to average each clip's probabilities with its mirror image's
     */
    ClipInference(Block block, int side, boolean flipAveraging) {
        this.block = block;
        this.side = side;
        this.flipAveraging = flipAveraging;
    }

    /** Whether probabilities are averaged with the mirrored clips'. */
    boolean flipAveraging() {
        return flipAveraging;
    }

    /** A clip whose frames are at the input side (the clip itself when they already are). */
    Clip fit(Clip clip) {
        if (clip.width() == side && clip.height() == side) {
            return clip;
        }
        return Clip.of(clip.frames().stream().map(f -> f.resized(side, side)).toList());
    }

    /**
     * The network input for clips of one length: (N, T, 1, S, S), followed by the N mirrored clips
     * when flip averaging; fails naming the first clip of another length.
     */
    NDArray pack(NDManager manager, List<Clip> clips) {
        List<Clip> fitted = clips.stream().map(this::fit).toList();
        Clip first = fitted.get(0);
        int clipSize = first.length() * side * side;
        float[] pixels = new float[fitted.size() * clipSize];
        for (int i = 0; i < fitted.size(); i++) {
            Clip clip = fitted.get(i);
            if (clip.length() != first.length()) {
                throw new IllegalArgumentException("Clip " + i + " of a batch has " + clip.length()
                        + " frames but clip 0 has " + first.length() + "; score clips of one length together");
            }
            clip.copyTensorData(pixels, i * clipSize);
        }
        NDArray x = manager.create(pixels, new Shape(fitted.size(), first.length(), 1, side, side));
        return flipAveraging ? x.concat(x.flip(4), 0) : x;
    }

    /** Runs the network in inference mode on a packed input and a carried state (empty for none). */
    NDList run(NDManager scope, NDArray packed, NDList state) {
        NDList inputs = new NDList(packed);
        inputs.addAll(state);
        return block.forward(new ParameterStore(scope, false), inputs, false);
    }

    /**
     * The class probabilities (N, K) of the {@code n} clips of an output: the softmax of their logits,
     * averaged with their mirrors' when flip averaging.
     */
    NDArray probabilities(NDList out, int n) {
        NDArray p = out.head().softmax(1);
        if (!flipAveraging) {
            return p;
        }
        return p.get(new NDIndex("0:{}", n)).add(p.get(new NDIndex("{}:", n))).div(2);
    }

    /** Each of the {@code n} clips' attention maps (of the clip, not its mirror), or empty without attention. */
    List<Optional<AttentionMap>> attention(NDList out, int n) {
        NDArray map = out.get(SpatialAttentionPool.ATTENTION);
        List<Optional<AttentionMap>> maps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            maps.add(map == null ? Optional.empty() : Optional.of(attentionOf(map.get(i))));
        }
        return maps;
    }

    /** The recurrent state an output carries (originals and mirrors), named as the head reads it; empty without recurrence. */
    static NDList state(NDList out) {
        NDList state = new NDList();
        for (String name : STATE_NAMES) {
            NDArray carried = out.get(name);
            if (carried != null) {
                carried.setName(name);
                state.add(carried);
            }
        }
        return state;
    }

    /** Class probabilities of every clip, {@code batchSize} clips per forward pass, each batch in its own sub-manager. */
    float[][] probabilities(NDManager parent, List<Clip> clips, int batchSize) {
        float[][] result = new float[clips.size()][];
        for (int start = 0; start < clips.size(); start += batchSize) {
            List<Clip> batch = clips.subList(start, Math.min(clips.size(), start + batchSize));
            try (NDManager scope = parent.newSubManager()) {
                NDArray probs = probabilities(run(scope, pack(scope, batch), new NDList()), batch.size());
                int classes = (int) probs.getShape().get(1);
                float[] flat = probs.toFloatArray();
                for (int i = 0; i < batch.size(); i++) {
                    result[start + i] = java.util.Arrays.copyOfRange(flat, i * classes, (i + 1) * classes);
                }
            }
        }
        return result;
    }

    private static AttentionMap attentionOf(NDArray map) {
        Shape shape = map.getShape();
        int frames = (int) shape.get(0);
        int cells = (int) (shape.get(1) * shape.get(2));
        float[] flat = map.toFloatArray();
        float[][] perFrame = new float[frames][cells];
        for (int t = 0; t < frames; t++) {
            System.arraycopy(flat, t * cells, perFrame[t], 0, cells);
        }
        return new AttentionMap((int) shape.get(1), perFrame);
    }
}
