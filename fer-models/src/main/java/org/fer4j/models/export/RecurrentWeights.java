package org.fer4j.models.export;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.nn.recurrent.GRU;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.nn.recurrent.RecurrentBlock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The weights of a one-layer, one-direction DJL LSTM or GRU in ONNX's layout. DJL hands PyTorch
 * its parameters {@code l_0_i2h_WEIGHT} (gates*H, D), {@code l_0_h2h_WEIGHT} (gates*H, H) and
 * the two biases in PyTorch's gate order: LSTM input, forget, cell, output (i, f, g, o), GRU
 * reset, update, new (r, z, n). ONNX wants W (1, gates*H, D), R (1, gates*H, H) and B (1,
 * 2*gates*H) with the LSTM gates as i, o, f, c and the GRU gates as z, r, h (with {@code
 * linear_before_reset = 1}, which is PyTorch's GRU).
 *
 * @param w input weights in ONNX gate order, (gates*H, D) row-major
 * @param r recurrent weights in ONNX gate order, (gates*H, H) row-major
 * @param b input then recurrent biases in ONNX gate order, 2*gates*H
 * @param hidden the state size H
 * @param gates 4 for an LSTM, 3 for a GRU
 */
record RecurrentWeights(float[] w, float[] r, float[] b, int hidden, int gates) {

    /** For each ONNX gate block, the PyTorch gate block it comes from. */
    private static final int[] LSTM_ORDER = {0, 3, 1, 2};
    private static final int[] GRU_ORDER = {1, 0, 2};

    private static final String I2H_WEIGHT = "l_0_i2h_WEIGHT";
    private static final String H2H_WEIGHT = "l_0_h2h_WEIGHT";
    private static final String I2H_BIAS = "l_0_i2h_BIAS";
    private static final String H2H_BIAS = "l_0_h2h_BIAS";

    /** Reads and reorders the weights of an LSTM or GRU block with one layer and one direction. */
    static RecurrentWeights of(RecurrentBlock rnn) {
        int[] order;
        if (rnn instanceof LSTM) {
            order = LSTM_ORDER;
        } else if (rnn instanceof GRU) {
            order = GRU_ORDER;
        } else {
            throw new UnsupportedBlockException(rnn, "only LSTM and GRU recurrences are exported");
        }
        Set<String> names = rnn.getDirectParameters().keys().stream().collect(Collectors.toSet());
        if (!names.contains(I2H_WEIGHT) || !names.contains(H2H_WEIGHT)
                || !Set.of(I2H_WEIGHT, H2H_WEIGHT, I2H_BIAS, H2H_BIAS).containsAll(names)) {
            throw new UnsupportedBlockException(rnn, "only one layer in one direction is exported, but it has parameters "
                    + names.stream().sorted().toList());
        }
        NDArray i2h = array(rnn, I2H_WEIGHT);
        int gates = order.length;
        int hidden = (int) (i2h.getShape().get(0) / gates);
        float[] w = reorder(i2h.toFloatArray(), order, hidden);
        float[] r = reorder(array(rnn, H2H_WEIGHT).toFloatArray(), order, hidden);
        float[] b = new float[2 * gates * hidden];
        if (names.contains(I2H_BIAS)) {
            System.arraycopy(reorder(array(rnn, I2H_BIAS).toFloatArray(), order, hidden), 0, b, 0, gates * hidden);
            System.arraycopy(reorder(array(rnn, H2H_BIAS).toFloatArray(), order, hidden), 0, b, gates * hidden,
                    gates * hidden);
        }
        return new RecurrentWeights(w, r, b, hidden, gates);
    }

    private static NDArray array(RecurrentBlock rnn, String name) {
        Parameter parameter = rnn.getDirectParameters().get(name);
        return parameter.getArray();
    }

    /** Permutes the gate blocks (each {@code hidden} rows) of a (gates*hidden, cols) matrix or bias. */
    private static float[] reorder(float[] values, int[] order, int hidden) {
        int block = values.length / order.length;
        float[] out = new float[values.length];
        for (int gate = 0; gate < order.length; gate++) {
            System.arraycopy(values, order[gate] * block, out, gate * block, block);
        }
        return out;
    }
}
