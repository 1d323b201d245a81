package org.fer4j.models.train;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A block's parameters flattened into one array, in parameter order, for comparing training runs. */
final class BlockWeights {

    private BlockWeights() {}

    /** Every parameter, batch-norm statistics included. */
    static float[] all(Block block) {
        return flatten(block, p -> true);
    }

    /** The parameters that gradient steps update. */
    static float[] trainable(Block block) {
        return flatten(block, Parameter::requiresGradient);
    }

    private static float[] flatten(Block block, Predicate<Parameter> which) {
        List<float[]> parts = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (which.test(p.getValue())) {
                parts.add(p.getValue().getArray().toFloatArray());
            }
        }
        float[] all = new float[parts.stream().mapToInt(w -> w.length).sum()];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
