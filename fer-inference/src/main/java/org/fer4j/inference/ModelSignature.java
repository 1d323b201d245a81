package org.fer4j.inference;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxModelMetadata;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import org.fer4j.core.LabelSet;
import org.fer4j.core.ModelCard;

/**
 * What a loaded fer4j ONNX model offers, read from its metadata and its graph's inputs and outputs
 * and checked against each other, so that a foreign or inconsistent file is refused at load time
 * with its name in the message rather than failing at the first prediction.
 *
 * @param source the file or resource the model came from
 * @param labels the classes, in output order
 * @param side the input side in pixels
 * @param hidden the recurrent state size, 0 without a recurrent head
 * @param cellState whether the head is an LSTM (carries {@value #STATE_C} too)
 * @param attentionSide side of the attention map, 0 without attention
 * @param card the model card
 */
record ModelSignature(
        String source, LabelSet labels, int side, int hidden, boolean cellState, int attentionSide, ModelCard card) {

    static final String CLIPS = "clips";
    static final String INITIAL_H = "initial_h";
    static final String INITIAL_C = "initial_c";
    static final String PROBABILITIES = "probabilities";
    static final String LOGITS = "logits";
    static final String ATTENTION = "attention";
    static final String STATE_H = "state_h";
    static final String STATE_C = "state_c";

    static final String FORMAT = "fer4j-emotion-onnx/1";
    static final String META_FORMAT = "fer4j.format";
    static final String META_LABELS = "fer4j.labels";
    static final String META_INPUT_SIDE = "fer4j.input_side";
    static final String META_CARD = "fer4j.model_card";

    /** Whether the model has a recurrent head whose state a stream carries. */
    boolean recurrent() {
        return hidden > 0;
    }

    /** Reads and checks the signature of a session. */
    static ModelSignature read(OrtSession session, String source) throws OrtException {
        OnnxModelMetadata metadata = session.getMetadata();
        Map<String, String> meta = metadata.getCustomMetadata();
        if (!FORMAT.equals(meta.get(META_FORMAT))) {
            throw new IllegalArgumentException(source + " is not a fer4j emotion model: its metadata has no "
                    + META_FORMAT + " = " + FORMAT + " (metadata keys: " + Messages.cap(new TreeSet<>(meta.keySet())
                    .toString()) + ", producer '" + Messages.cap(metadata.getProducerName()) + "')");
        }
        LabelSet labels = labels(meta, source);
        int side = integer(meta, META_INPUT_SIDE, source);
        Map<String, NodeInfo> inputs = session.getInputInfo();
        Map<String, NodeInfo> outputs = session.getOutputInfo();
        long[] clips = shape(inputs, CLIPS, source, "input");
        if (clips.length != 5 || clips[2] != 1 || clips[3] != side || clips[4] != side) {
            throw new IllegalArgumentException(source + " declares input side " + side + " in its metadata but its "
                    + CLIPS + " input has shape " + Arrays.toString(clips) + "; expected (N, T, 1, " + side + ", "
                    + side + ")");
        }
        long[] probabilities = shape(outputs, PROBABILITIES, source, "output");
        shape(outputs, LOGITS, source, "output");
        if (probabilities.length != 2 || probabilities[1] != labels.size()) {
            throw new IllegalArgumentException(source + " has " + labels.size() + " labels [" + labels
                    + "] in its metadata but its " + PROBABILITIES + " output has shape "
                    + Arrays.toString(probabilities));
        }
        int hidden = 0;
        boolean cell = inputs.containsKey(INITIAL_C);
        if (inputs.containsKey(INITIAL_H)) {
            hidden = (int) shape(inputs, INITIAL_H, source, "input")[2];
            shape(outputs, STATE_H, source, "output");
            if (cell) {
                shape(outputs, STATE_C, source, "output");
            }
        }
        int attention = outputs.containsKey(ATTENTION) ? (int) shape(outputs, ATTENTION, source, "output")[2] : 0;
        ModelCard card = card(meta, source);
        return new ModelSignature(source, labels, side, hidden, cell, attention, card);
    }

    private static ModelCard card(Map<String, String> meta, String source) {
        String json = meta.get(META_CARD);
        if (json == null) {
            throw new IllegalArgumentException(source + " has no model card in its metadata (key " + META_CARD + ")");
        }
        try {
            return ModelCard.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " has an unreadable model card in its metadata: "
                    + Messages.cap(e.getMessage()), e);
        }
    }

    private static LabelSet labels(Map<String, String> meta, String source) {
        String text = meta.get(META_LABELS);
        try {
            return LabelSet.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " has unreadable labels '" + Messages.cap(text)
                    + "' in its metadata " + META_LABELS + ": " + e.getMessage(), e);
        }
    }

    private static int integer(Map<String, String> meta, String key, String source) {
        String text = meta.get(key);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " has no integer " + key + " in its metadata, found '"
                    + Messages.cap(text) + "'", e);
        }
    }

    private static long[] shape(Map<String, NodeInfo> nodes, String name, String source, String kind) {
        NodeInfo node = nodes.get(name);
        if (node == null || !(node.getInfo() instanceof TensorInfo info)) {
            throw new IllegalArgumentException(source + " has no tensor " + kind + " '" + name + "' (its " + kind
                    + "s: " + Messages.cap(new TreeSet<>(nodes.keySet()).toString()) + ")");
        }
        return info.getShape();
    }
}
