package org.fer4j.models.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.util.TreeMap;

/**
 * Adam with decoupled weight decay (AdamW) whose moment estimates and step count can be saved and
 * restored, so that a resumed run continues exactly where a checkpoint left off. (DJL's own Adam
 * keeps that state private.) The learning rate is set by the trainer's schedule before each step.
 */
public final class ResumableAdamW extends Optimizer {

    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final Map<String, NDArray> means = new TreeMap<>();
    private final Map<String, NDArray> variances = new TreeMap<>();
    private final Map<String, Integer> steps = new TreeMap<>();
    private final NDManager stateManager;
    private volatile float learningRate;

    /**
     * Creates the optimizer.
     *
     * @param stateManager manager owning the moment arrays (close it to free them)
     * @param weightDecay decoupled weight decay
     * @param learningRate initial learning rate
     */
    public ResumableAdamW(NDManager stateManager, float weightDecay, float learningRate) {
        super(new Settings().optWeightDecays(weightDecay));
        this.stateManager = stateManager;
        this.beta1 = 0.9f;
        this.beta2 = 0.999f;
        this.epsilon = 1e-8f;
        this.learningRate = learningRate;
    }

    /** Sets the learning rate used by subsequent updates. */
    public void setLearningRate(float learningRate) {
        if (!Float.isFinite(learningRate) || learningRate < 0) {
            throw new IllegalArgumentException("learning rate must be finite and >= 0, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** The learning rate used by the next update. */
    public float learningRate() {
        return learningRate;
    }

    @Override
    public synchronized void update(String parameterId, NDArray weight, NDArray grad) {
        int t = steps.merge(parameterId, 1, Integer::sum);
        double coef1 = 1.0 - Math.pow(beta1, t);
        double coef2 = 1.0 - Math.pow(beta2, t);
        float lr = learningRate;
        float biasCorrected = (float) (lr * Math.sqrt(coef2) / coef1);
        NDArray mean = means.computeIfAbsent(parameterId, k -> zerosLike(weight));
        NDArray variance = variances.computeIfAbsent(parameterId, k -> zerosLike(weight));
        weight.getNDArrayInternal()
                .adamUpdate(
                        new NDList(weight, grad, mean, variance),
                        new NDList(weight),
                        lr,
                        biasCorrected,
                        getWeightDecay(),
                        rescaleGrad,
                        clipGrad,
                        beta1,
                        beta2,
                        epsilon,
                        true,
                        true);
    }

    private NDArray zerosLike(NDArray weight) {
        return stateManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice());
    }

    /**
     * Writes the step counts and moment estimates of every parameter of {@code block}, keyed by the
     * parameter's path in the block (DJL's parameter ids are random per process, paths are stable).
     */
    public synchronized void save(DataOutputStream out, Block block) throws IOException {
        PairList<String, Parameter> parameters = block.getParameters();
        List<String> written = new ArrayList<>();
        for (Pair<String, Parameter> p : parameters) {
            if (steps.containsKey(p.getValue().getId())) {
                written.add(p.getKey());
            }
        }
        out.writeInt(written.size());
        for (Pair<String, Parameter> p : parameters) {
            String id = p.getValue().getId();
            if (steps.containsKey(id)) {
                out.writeUTF(p.getKey());
                out.writeInt(steps.get(id));
                writeArray(out, means.get(id).encode());
                writeArray(out, variances.get(id).encode());
            }
        }
    }

    /** Restores what {@link #save} wrote for a block of the same architecture, replacing any state. */
    public synchronized void load(DataInputStream in, Block block) throws IOException {
        Map<String, String> idsByPath = new HashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            idsByPath.put(p.getKey(), p.getValue().getId());
        }
        means.values().forEach(NDArray::close);
        variances.values().forEach(NDArray::close);
        means.clear();
        variances.clear();
        steps.clear();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String path = in.readUTF();
            String id = idsByPath.get(path);
            if (id == null) {
                throw new IOException("optimizer state for unknown parameter " + path);
            }
            steps.put(id, in.readInt());
            means.put(id, NDArray.decode(stateManager, readArray(in)));
            variances.put(id, NDArray.decode(stateManager, readArray(in)));
        }
    }

    private static void writeArray(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
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
