package org.fer4j.models.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An optimizer whose per-parameter state (step count and a fixed number of state arrays, such as
 * Adam's moments or SGD's momentum) can be saved in a checkpoint and restored, so that a resumed run
 * continues exactly where it stopped; DJL's own optimizers keep that state private. The trainer's
 * schedule sets the learning rate before each step.
 */
public abstract class ResumableOptimizer extends Optimizer {

    private final int slots;
    private final NDManager stateManager;
    private final Map<String, NDArray[]> state = new TreeMap<>();
    private final Map<String, Integer> steps = new TreeMap<>();
    private volatile float learningRate;

    /**
     * Creates the optimizer.
     *
     * @param stateManager manager owning the state arrays (close it to free them)
     * @param slots state arrays kept per parameter, each shaped like the parameter
     * @param weightDecay weight decay, applied the way the subclass defines
     * @param learningRate initial learning rate
     */
    protected ResumableOptimizer(NDManager stateManager, int slots, float weightDecay, float learningRate) {
        super(new Settings().optWeightDecays(weightDecay));
        this.stateManager = stateManager;
        this.slots = slots;
        setLearningRate(learningRate);
    }

    /** Sets the learning rate used by subsequent updates. */
    public final void setLearningRate(float learningRate) {
        if (!Float.isFinite(learningRate) || learningRate < 0) {
            throw new IllegalArgumentException("learning rate must be finite and >= 0, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** The learning rate used by the next update. */
    public final float learningRate() {
        return learningRate;
    }

    @Override
    public final synchronized void update(String parameterId, NDArray weight, NDArray grad) {
        int step = steps.merge(parameterId, 1, Integer::sum);
        NDArray[] arrays = state.computeIfAbsent(parameterId, k -> zerosLike(weight));
        apply(weight, grad, arrays, step, learningRate);
    }

    /**
     * Updates {@code weight} in place from its gradient.
     *
     * @param state this parameter's state arrays, zero before its first step, updated in place
     * @param step 1 for the parameter's first update, counting up
     */
    protected abstract void apply(NDArray weight, NDArray grad, NDArray[] state, int step, float learningRate);

    private NDArray[] zerosLike(NDArray weight) {
        NDArray[] arrays = new NDArray[slots];
        for (int i = 0; i < slots; i++) {
            arrays[i] = stateManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice());
        }
        return arrays;
    }

    /**
     * Writes the step counts and state arrays of every parameter of {@code block}, keyed by the
     * parameter's path in the block (DJL's parameter ids are random per process, paths are stable).
     */
    public final synchronized void save(DataOutputStream out, Block block) throws IOException {
        int written = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            written += steps.containsKey(p.getValue().getId()) ? 1 : 0;
        }
        out.writeInt(written);
        for (Pair<String, Parameter> p : block.getParameters()) {
            String id = p.getValue().getId();
            if (steps.containsKey(id)) {
                out.writeUTF(p.getKey());
                out.writeInt(steps.get(id));
                for (NDArray array : state.get(id)) {
                    byte[] bytes = array.encode();
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            }
        }
    }

    /** Restores what {@link #save} wrote for a block of the same architecture, replacing any state. */
    public final synchronized void load(DataInputStream in, Block block) throws IOException {
        Map<String, String> idsByPath = new HashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            idsByPath.put(p.getKey(), p.getValue().getId());
        }
        state.values().forEach(arrays -> {
            for (NDArray array : arrays) {
                array.close();
            }
        });
        state.clear();
        steps.clear();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String path = in.readUTF();
            String id = idsByPath.get(path);
            if (id == null) {
                throw new IOException("optimizer state for unknown parameter " + path);
            }
            steps.put(id, in.readInt());
            NDArray[] arrays = new NDArray[slots];
            for (int s = 0; s < slots; s++) {
                arrays[s] = NDArray.decode(stateManager, readArray(in));
            }
            state.put(id, arrays);
        }
    }

    private static byte[] readArray(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (1 << 30)) {
            throw new IOException("corrupt optimizer state: array of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    /** The builder DJL's Optimizer constructor needs; only weight decay is used. */
    private static final class Settings extends OptimizerBuilder<Settings> {
        @Override
        protected Settings self() {
            return this;
        }
    }
}
