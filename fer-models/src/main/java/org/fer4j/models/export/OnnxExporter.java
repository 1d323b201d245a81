package org.fer4j.models.export;

import ai.djl.nn.Block;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.fer4j.core.AtomicFile;
import org.fer4j.core.LabelSet;
import org.fer4j.core.ModelCard;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.ModelSpec;

/**
 * Exports a fer4j network to an ONNX file that ONNX Runtime (e.g. fer-inference's {@code
 * OnnxEmotionModel}) or any ONNX tool can run, without DJL or PyTorch.
 *
 * <pre>{@code
 * try (EmotionRecognizer fer = EmotionRecognizer.pretrained()) {
 *     OnnxExporter.builder().setRecognizer(fer).build().export(Path.of("fer4j.onnx"));
 * }
 * }</pre>
 *
 * <p>The graph (inference mode: batch-norm folded into the convolutions, dropout removed):
 *
 * <ul>
 *   <li>input {@value #CLIPS}: float32 (N, T, 1, S, S), N clips of T frames of S x S faces in [0, 1]
 *       (a still face is a one-frame clip), N and T free;
 *   <li>for LSTM and GRU heads, inputs {@value #INITIAL_H} (and, LSTM, {@value #INITIAL_C}): (1, N,
 *       H), the recurrent state before the first frame, zeros for a fresh clip;
 *   <li>outputs {@value #PROBABILITIES} (N, K) (softmax inside the graph) and {@value #LOGITS} (N, K);
 *       with attention pooling {@value #ATTENTION} (N, T, h, w); with a recurrent head the state
 *       after the last frame {@value #STATE_H} (and {@value #STATE_C}), (1, N, H), so a stream can
 *       run one frame per call and hand the state on;
 *   <li>metadata: {@value #META_FORMAT} = {@value #FORMAT}, {@value #META_LABELS} (comma-separated,
 *       class-index order), {@value #META_INPUT_SIDE}, {@value #META_TEMPORAL}, {@value #META_SPEC}
 *       and {@value #META_CARD} (the model card as JSON).
 * </ul>
 *
 * <p>Exporting the same network twice gives the same bytes. A block the exporter does not know
 * raises {@link UnsupportedBlockException} naming it.
 */
public final class OnnxExporter {

    /** Name of the clip input. */
    public static final String CLIPS = "clips";
    /** Name of the initial hidden-state input of recurrent heads. */
    public static final String INITIAL_H = "initial_h";
    /** Name of the initial cell-state input of LSTM heads. */
    public static final String INITIAL_C = "initial_c";
    /** Name of the class-probability output. */
    public static final String PROBABILITIES = "probabilities";
    /** Name of the logit output. */
    public static final String LOGITS = "logits";
    /** Name of the attention-map output of attention models. */
    public static final String ATTENTION = "attention";
    /** Name of the hidden-state output of recurrent heads. */
    public static final String STATE_H = "state_h";
    /** Name of the cell-state output of LSTM heads. */
    public static final String STATE_C = "state_c";

    /** Metadata key of the format tag. */
    public static final String META_FORMAT = "fer4j.format";
    /** The format tag this exporter writes. */
    public static final String FORMAT = "fer4j-emotion-onnx/1";
    /** Metadata key of the labels. */
    public static final String META_LABELS = "fer4j.labels";
    /** Metadata key of the input side in pixels. */
    public static final String META_INPUT_SIDE = "fer4j.input_side";
    /** Metadata key of the temporal head (NONE, LSTM, GRU). */
    public static final String META_TEMPORAL = "fer4j.temporal";
    /** Metadata key of the architecture spec as text. */
    public static final String META_SPEC = "fer4j.spec";
    /** Metadata key of the model card JSON. */
    public static final String META_CARD = "fer4j.model_card";

    /** The default opset. */
    public static final int DEFAULT_OPSET = 17;
    /** The lowest opset the graph is valid in (Softmax on one axis, Reshape, LSTM and GRU of opset 13/14). */
    public static final int MIN_OPSET = 13;
    /** The highest opset the graph is valid in (ReduceMean takes its axes as an input from opset 18). */
    public static final int MAX_OPSET = 17;

    private final Block block;
    private final ModelSpec spec;
    private final ModelCard card;
    private final LabelSet labels;
    private final int opset;

    private OnnxExporter(Builder b) {
        this.block = b.block;
        this.spec = b.spec;
        this.card = b.card;
        this.labels = b.labels != null ? b.labels : b.spec.labels();
        this.opset = b.opset;
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The ONNX model as a protobuf message. */
    public ModelProto toModel() {
        OnnxGraph graph = new OnnxGraph("fer4j");
        new NetworkWriter(graph, spec.inputSide()).write(block);
        ModelProto.Builder model = ModelProto.newBuilder()
                .setIrVersion(Version.IR_VERSION_2021_7_30.getNumber())
                .setProducerName("fer4j")
                .setProducerVersion(FORMAT)
                .setDomain("org.fer4j")
                .setModelVersion(1)
                .setDocString("fer4j emotion model " + card.name() + " (" + card.variant() + ")")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset))
                .setGraph(graph.build());
        metadata().forEach((key, value) ->
                model.addMetadataProps(StringStringEntryProto.newBuilder().setKey(key).setValue(value)));
        return model.build();
    }

    /** The serialized ONNX model. */
    public byte[] toBytes() {
        return toModel().toByteArray();
    }

    /** Writes the ONNX file atomically: on failure an existing file is untouched. */
    public void export(Path file) throws IOException {
        byte[] bytes = toBytes();
        AtomicFile.write(file, out -> out.write(bytes));
    }

    private Map<String, String> metadata() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(META_FORMAT, FORMAT);
        meta.put(META_LABELS, labels.toString());
        meta.put(META_INPUT_SIDE, Integer.toString(spec.inputSide()));
        meta.put(META_TEMPORAL, spec.temporal().name());
        meta.put(META_SPEC, spec.toString());
        meta.put(META_CARD, card.toJson());
        return meta;
    }

    /** Configures an {@link OnnxExporter}: a network and its spec are required. */
    public static final class Builder {
        private Block block;
        private ModelSpec spec;
        private ModelCard card;
        private LabelSet labels;
        private int opset = DEFAULT_OPSET;

        private Builder() {}

        /** The initialised network to export (an {@code EmotionNet} of fer4j's blocks). */
        public Builder setBlock(Block block) {
            this.block = block;
            return this;
        }

        /** The spec giving the input side, labels and temporal head of the network. */
        public Builder setSpec(ModelSpec spec) {
            this.spec = spec;
            return this;
        }

        /** Takes network, spec and model card from a recognizer. */
        public Builder setRecognizer(EmotionRecognizer recognizer) {
            this.block = recognizer.block();
            this.spec = recognizer.spec();
            this.card = recognizer.card();
            return this;
        }

        /** The model card stored as metadata (default: the recognizer's, else an untrained card). */
        public Builder optModelCard(ModelCard card) {
            this.card = card;
            return this;
        }

        /** The labels stored as metadata (default: the spec's); must have one class per output. */
        public Builder optLabels(LabelSet labels) {
            this.labels = labels;
            return this;
        }

        /** The ONNX opset, 13 to 17 (default 17). */
        public Builder optOpset(int opset) {
            this.opset = opset;
            return this;
        }

        /** Validates and builds. */
        public OnnxExporter build() {
            Objects.requireNonNull(block, "call setBlock(...) or setRecognizer(...) with the network to export");
            Objects.requireNonNull(spec, "call setSpec(...) or setRecognizer(...): the spec gives input side and labels");
            if (!block.isInitialized()) {
                throw new IllegalArgumentException("The block is not initialised; build or load its weights first");
            }
            if (opset < MIN_OPSET || opset > MAX_OPSET) {
                throw new IllegalArgumentException("opset " + opset + " is not supported; use " + MIN_OPSET + " to " + MAX_OPSET);
            }
            if (labels != null && labels.size() != spec.labels().size()) {
                throw new IllegalArgumentException("optLabels has " + labels.size() + " classes [" + labels
                        + "] but the network outputs " + spec.labels().size() + " [" + spec.labels() + "]");
            }
            if (card == null) {
                card = ModelCard.untrained("custom");
            }
            return new OnnxExporter(this);
        }
    }
}
