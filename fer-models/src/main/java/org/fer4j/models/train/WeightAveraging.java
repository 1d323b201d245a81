package org.fer4j.models.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Averages the weights of several epochs of one run into a single model (as in stochastic weight
 * averaging over the low-learning-rate tail of a cosine schedule): one network, one forward pass,
 * usually a flatter and slightly more accurate optimum than any single epoch. Batch-norm running
 * statistics are averaged like the weights.
 */
public final class WeightAveraging {

    private WeightAveraging() {}

    /**
     * Loads each file (weights or a checkpoint, see {@link Checkpoint#loadParameters}) into the
     * initialised block and leaves the block holding the element-wise mean of them all.
     *
     * @throws IllegalArgumentException when no file is given
     * @throws IOException when a file cannot be read or does not fit the block
     */
    public static void averageInto(Block block, NDManager manager, List<Path> files) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Weight averaging needs at least one weights file");
        }
        List<float[]> sums = null;
        for (Path file : files) {
            Checkpoint.loadParameters(file, block, manager);
            List<float[]> values = new ArrayList<>();
            for (Pair<String, Parameter> p : block.getParameters()) {
                values.add(p.getValue().getArray().toFloatArray());
            }
            if (sums == null) {
                sums = values;
            } else {
                for (int i = 0; i < sums.size(); i++) {
                    float[] sum = sums.get(i);
                    float[] value = values.get(i);
                    for (int k = 0; k < sum.length; k++) {
                        sum[k] += value[k];
                    }
                }
            }
        }
        int i = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            float[] mean = sums.get(i++);
            for (int k = 0; k < mean.length; k++) {
                mean[k] /= files.size();
            }
            NDArray array = p.getValue().getArray();
            array.set(mean);
        }
    }
}
