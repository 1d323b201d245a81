package org.fer4j.inference;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One session run of a fer4j graph: packed clips (rows, T, 1, S, S) and the recurrent state before
 * them (zeros when none is given) in, the requested outputs copied to Java arrays out. Every native
 * tensor of a run is closed before it returns. Safe for concurrent use ({@link OrtSession#run} is).
 */
final class GraphRunner {

    /**
     * The outputs of one run, each row-major.
     *
     * @param probabilities (rows, K)
     * @param logits (rows, K)
     * @param attention (rows, T, h, w), or null when not requested or absent
     * @param stateH (1, rows, H), or null without a recurrent head
     * @param stateC (1, rows, H), or null without an LSTM head
     */
    record Outputs(float[] probabilities, float[] logits, float[] attention, float[] stateH, float[] stateC) {}

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final ModelSignature signature;

    GraphRunner(OrtEnvironment environment, OrtSession session, ModelSignature signature) {
        this.environment = environment;
        this.session = session;
        this.signature = signature;
    }

    /**
     * Runs the graph.
     *
     * @param clips (rows, frames, 1, S, S) pixels in [0, 1]
     * @param rows clips in the batch
     * @param frames frames per clip
     * @param stateH the hidden state (1, rows, H) before the first frame, or null for zeros
     * @param stateC the LSTM cell state, or null for zeros
     * @param attention whether to fetch the attention map
     */
    Outputs run(float[] clips, int rows, int frames, float[] stateH, float[] stateC, boolean attention)
            throws OrtException {
        int side = signature.side();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(ModelSignature.CLIPS, tensor(clips, rows, frames, 1, side, side));
            Set<String> wanted = new LinkedHashSet<>();
            wanted.add(ModelSignature.PROBABILITIES);
            wanted.add(ModelSignature.LOGITS);
            if (attention && signature.attentionSide() > 0) {
                wanted.add(ModelSignature.ATTENTION);
            }
            if (signature.recurrent()) {
                int h = signature.hidden();
                inputs.put(ModelSignature.INITIAL_H, tensor(stateOrZeros(stateH, rows * h), 1, rows, h));
                wanted.add(ModelSignature.STATE_H);
                if (signature.cellState()) {
                    inputs.put(ModelSignature.INITIAL_C, tensor(stateOrZeros(stateC, rows * h), 1, rows, h));
                    wanted.add(ModelSignature.STATE_C);
                }
            }
            try (OrtSession.Result result = session.run(inputs, wanted)) {
                return new Outputs(
                        floats(result, ModelSignature.PROBABILITIES),
                        floats(result, ModelSignature.LOGITS),
                        floats(result, ModelSignature.ATTENTION),
                        floats(result, ModelSignature.STATE_H),
                        floats(result, ModelSignature.STATE_C));
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(float[] data, long... shape) throws OrtException {
        return OnnxTensor.createTensor(environment, FloatBuffer.wrap(data), shape);
    }

    private static float[] stateOrZeros(float[] state, int size) {
        return state != null ? state : new float[size];
    }

    private static float[] floats(OrtSession.Result result, String name) {
        return result.get(name).map(value -> {
            FloatBuffer buffer = ((OnnxTensor) value).getFloatBuffer();
            float[] out = new float[buffer.remaining()];
            buffer.get(out);
            return out;
        }).orElse(null);
    }
}
