package org.fer4j.cli.report;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.models.nn.EmotionNet;

/**
 * Transfer learning by weight copy: copies every parameter array (weights, biases, batch-norm
 * running statistics) of one initialised block into another block of the same architecture,
 * matched by parameter path, e.g. a FER2013-trained frame encoder into a fresh CK+ network whose
 * temporal head and classifier stay newly initialised.
 */
public final class EncoderTransfer {

    private EncoderTransfer() {}

    /**
     * Copies the frame encoder of {@code source} into {@code target}; the heads are left alone.
     *
     * @return the number of parameter arrays copied
     */
    public static int copyEncoder(Block source, Block target) {
        return copyParameters(asEmotionNet(source, "source").encoder(), asEmotionNet(target, "target").encoder());
    }

    /**
     * Copies every parameter of {@code source} into the parameter of {@code target} at the same
     * path. Both blocks must be initialised and hold exactly the same parameter paths with the same
     * shapes and data types; otherwise nothing is copied and the exception lists what differs.
     *
     * @return the number of parameter arrays copied
     */
    public static int copyParameters(Block source, Block target) {
        PairList<String, Parameter> from = source.getParameters();
        PairList<String, Parameter> to = target.getParameters();
        List<String> problems = new ArrayList<>();
        for (Pair<String, Parameter> entry : to) {
            Parameter match = from.get(entry.getKey());
            if (match == null) {
                problems.add("the source has no parameter " + entry.getKey());
            } else if (!match.isInitialized() || !entry.getValue().isInitialized()) {
                problems.add(entry.getKey() + " is not initialised in the " + (match.isInitialized() ? "target" : "source"));
            } else {
                NDArray a = match.getArray();
                NDArray b = entry.getValue().getArray();
                if (!a.getShape().equals(b.getShape()) || a.getDataType() != b.getDataType()) {
                    problems.add(entry.getKey() + " is " + a.getDataType() + a.getShape() + " in the source but "
                            + b.getDataType() + b.getShape() + " in the target");
                }
            }
        }
        for (Pair<String, Parameter> entry : from) {
            if (to.get(entry.getKey()) == null) {
                problems.add("the target has no parameter " + entry.getKey());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "Cannot copy parameters: the architectures differ (" + problems.size() + " problems): "
                            + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                            + (problems.size() > 5 ? "; ..." : ""));
        }
        for (Pair<String, Parameter> entry : to) {
            entry.getValue().getArray().set(from.get(entry.getKey()).getArray().toByteBuffer());
        }
        return to.size();
    }

    private static EmotionNet asEmotionNet(Block block, String role) {
        if (!(block instanceof EmotionNet)) {
            throw new IllegalArgumentException("The " + role + " network is a " + block.getClass().getSimpleName()
                    + ", not an EmotionNet with a separable frame encoder");
        }
        return (EmotionNet) block;
    }
}
