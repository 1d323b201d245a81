package org.fer4j.models.export;

import static org.fer4j.models.export.OnnxExporter.ATTENTION;
import static org.fer4j.models.export.OnnxExporter.CLIPS;
import static org.fer4j.models.export.OnnxExporter.INITIAL_C;
import static org.fer4j.models.export.OnnxExporter.INITIAL_H;
import static org.fer4j.models.export.OnnxExporter.LOGITS;
import static org.fer4j.models.export.OnnxExporter.PROBABILITIES;
import static org.fer4j.models.export.OnnxExporter.STATE_C;
import static org.fer4j.models.export.OnnxExporter.STATE_H;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.nn.recurrent.RecurrentBlock;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fer4j.models.Temporal;
import org.fer4j.models.nn.EmotionNet;
import org.fer4j.models.nn.FrameEncoder;
import org.fer4j.models.nn.RecurrentHead;
import org.fer4j.models.nn.SpatialAttentionPool;

/**
 * Writes fer4j's own blocks into an {@link OnnxGraph}, in inference mode: an {@link EmotionNet} of
 * a {@link FrameEncoder} (its {@code ConvTrunk} of 3x3 convolutions with batch-norm folded into
 * their weights, ReLU, 2x2 max pooling and dropout as identity; global-average or {@link
 * SpatialAttentionPool attention} pooling, or row regions; the dense layer) and a {@link
 * RecurrentHead} (LSTM, GRU or the mean over steps, then the classifier), ending in logits and
 * their softmax. Any other block raises an {@link UnsupportedBlockException} naming it.
 */
final class NetworkWriter {

    /** Input value of the batch-norm probe: a power of two, so dividing by it is exact. */
    private static final float PROBE = 1024f;

    private final OnnxGraph graph;
    private final int side;
    private String batch;
    private String batchAndTime;
    private final List<Runnable> outputs = new ArrayList<>();

    NetworkWriter(OnnxGraph graph, int side) {
        this.graph = graph;
        this.side = side;
    }

    /** What the encoder produced: features (B, D) where B = N*T*steps. */
    private record Encoded(String features, long size) {}

    /** An intermediate value and its DJL shape for one frame. */
    private record Value(String name, Shape shape) {}

    /** Writes the whole network: clips (N, T, 1, S, S) in, logits and probabilities (N, K) out, plus extras. */
    void write(Block block) {
        if (!(block instanceof EmotionNet net)) {
            throw new UnsupportedBlockException(block, "the network must be an EmotionNet of fer4j's FrameEncoder "
                    + "and RecurrentHead");
        }
        graph.input(CLIPS, "N", "T", 1, side, side);
        String clipShape = graph.node("Shape", List.of(CLIPS), Map.of());
        batch = graph.node("Slice", List.of(clipShape, graph.int64s("start", 0), graph.int64s("end", 1)), Map.of());
        batchAndTime =
                graph.node("Slice", List.of(clipShape, graph.int64s("start", 0), graph.int64s("end", 2)), Map.of());
        String frames = reshape(CLIPS, -1, 1, side, side);
        Encoded encoded = encoder(net.encoder(), frames);
        String steps = graph.node("Reshape",
                List.of(encoded.features(), concat(batch, graph.int64s("shape", -1, encoded.size()))), Map.of());
        head(net.head(), steps, encoded.size());
        outputs.forEach(Runnable::run);
    }

    private Encoded encoder(Block block, String frames) {
        if (!(block instanceof FrameEncoder encoder)) {
            throw new UnsupportedBlockException(block, "the encoder must be fer4j's FrameEncoder");
        }
        List<Block> parts = children(encoder);
        Value maps = layers(children(parts.get(0)), new Value(frames, new Shape(1, 1, side, side)));
        long channels = maps.shape().get(1);
        long h = maps.shape().get(2);
        long w = maps.shape().get(3);
        Value pooled;
        int dense = 1;
        if (encoder.regionSequence()) {
            String rows = graph.node("Transpose", List.of(maps.name()), Map.of("perm", new long[] {0, 2, 1, 3}));
            pooled = new Value(reshape(rows, -1, channels * w), new Shape(1, channels * w));
        } else {
            Block pool = parts.get(1);
            dense = 2;
            if (pool instanceof SpatialAttentionPool) {
                String weights = attentionWeights(pool, maps);
                String cells = reshape(maps.name(), -1, channels, h * w);
                String sum = graph.node("MatMul", List.of(cells, reshape(weights, -1, h * w, 1)), Map.of());
                pooled = new Value(reshape(sum, -1, channels), new Shape(1, channels));
                graph.named(ATTENTION, "Reshape",
                        List.of(weights, concat(batchAndTime, graph.int64s("shape", h, w))), Map.of());
                outputs.add(() -> graph.output(ATTENTION, "N", "T", h, w));
            } else if (isLambda(pool, "globalAvgPool2d")) {
                String avg = graph.node("GlobalAveragePool", List.of(maps.name()), Map.of());
                pooled = new Value(graph.node("Flatten", List.of(avg), Map.of("axis", 1)), new Shape(1, channels));
            } else {
                throw new UnsupportedBlockException(pool, "the pool must be global average or SpatialAttentionPool");
            }
        }
        Value features = layers(children(parts.get(dense)), pooled);
        return new Encoded(features.name(), features.shape().get(1));
    }

    /** The attention pool's softmax weights over the h*w cells, (B, h*w). */
    private String attentionWeights(Block pool, Value maps) {
        Value scores = layers(children(children(pool).get(0)), maps);
        long cells = maps.shape().get(2) * maps.shape().get(3);
        return graph.node("Softmax", List.of(reshape(scores.name(), -1, cells)), Map.of("axis", 1));
    }

    private void head(Block block, String steps, long featureSize) {
        if (!(block instanceof RecurrentHead head)) {
            throw new UnsupportedBlockException(block, "the head must be fer4j's RecurrentHead");
        }
        List<Block> parts = children(head);
        Block classifier = parts.get(parts.size() - 1);
        if (!(classifier instanceof Linear linear)) {
            throw new UnsupportedBlockException(classifier, "the classifier must be a Linear layer");
        }
        long classes = linear.getDirectParameters().get("weight").getArray().getShape().get(0);
        outputs.add(0, () -> graph.output(LOGITS, "N", classes));
        outputs.add(0, () -> graph.output(PROBABILITIES, "N", classes));
        String last;
        if (head.temporal() == Temporal.NONE) {
            last = graph.node("ReduceMean", List.of(steps), Map.of("axes", new long[] {1}, "keepdims", 0));
        } else {
            last = recurrence((RecurrentBlock) parts.get(0), steps, featureSize);
        }
        String logits = gemm(linear, last, LOGITS);
        graph.named(PROBABILITIES, "Softmax", List.of(logits), Map.of("axis", 1));
    }

    /** The LSTM or GRU over (N, steps, D) from the initial-state inputs; returns the last hidden state (N, H). */
    private String recurrence(RecurrentBlock rnn, String steps, long featureSize) {
        RecurrentWeights weights = RecurrentWeights.of(rnn);
        long h = weights.hidden();
        long rows = (long) weights.gates() * h;
        String x = graph.node("Transpose", List.of(steps), Map.of("perm", new long[] {1, 0, 2}));
        List<String> inputs = new ArrayList<>(List.of(x,
                graph.floats("W", weights.w(), 1, rows, featureSize),
                graph.floats("R", weights.r(), 1, rows, h),
                graph.floats("B", weights.b(), 1, 2 * rows),
                "",
                INITIAL_H));
        graph.input(INITIAL_H, 1, "N", h);
        outputs.add(() -> graph.output(STATE_H, 1, "N", h));
        if (rnn instanceof LSTM) {
            inputs.add(INITIAL_C);
            graph.input(INITIAL_C, 1, "N", h);
            outputs.add(() -> graph.output(STATE_C, 1, "N", h));
            graph.node("LSTM", inputs, Map.of("hidden_size", h), List.of("", STATE_H, STATE_C));
        } else {
            graph.node("GRU", inputs, Map.of("hidden_size", h, "linear_before_reset", 1), List.of("", STATE_H));
        }
        return reshape(STATE_H, -1, h);
    }

    /** Writes a chain of layers, folding each batch-norm into the convolution before it. */
    private Value layers(List<Block> blocks, Value in) {
        Value x = in;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Shape out = block.getOutputShapes(new Shape[] {x.shape()})[0];
            if (block instanceof SequentialBlock) {
                x = layers(children(block), x);
                continue;
            }
            if (block instanceof Conv2d conv) {
                BatchNorm norm = i + 1 < blocks.size() && blocks.get(i + 1) instanceof BatchNorm b ? b : null;
                x = new Value(conv(conv, norm, x.name()), out);
                i += norm == null ? 0 : 1;
            } else if (block instanceof Linear linear) {
                x = new Value(gemm(linear, x.name(), null), out);
            } else if (block instanceof Dropout) {
                x = new Value(x.name(), out);
            } else if (isLambda(block, "ReLU")) {
                x = new Value(graph.node("Relu", List.of(x.name()), Map.of()), out);
            } else if (isLambda(block, "maxPool2d") && isHalved(x.shape(), out)) {
                long[] two = {2, 2};
                x = new Value(graph.node("MaxPool", List.of(x.name()), Map.of("kernel_shape", two, "strides", two)), out);
            } else {
                throw new UnsupportedBlockException(block, "exported layers are Conv2d (optionally followed by "
                        + "BatchNorm), Linear, Dropout, ReLU and 2x2 stride-2 max pooling");
            }
        }
        return x;
    }

    /** A 2-D convolution with an optional following batch-norm folded into its weights and bias. */
    private String conv(Conv2d conv, BatchNorm norm, String x) {
        NDArray weight = conv.getDirectParameters().get("weight").getArray();
        Shape shape = weight.getShape();
        int filters = (int) shape.get(0);
        float[] w = weight.toFloatArray();
        Parameter biasParameter = conv.getDirectParameters().get("bias");
        float[] bias = biasParameter != null && conv.isIncludeBias()
                ? biasParameter.getArray().toFloatArray() : new float[filters];
        if (norm != null) {
            float[][] affine = affine(norm, filters, weight.getManager());
            int perFilter = w.length / filters;
            for (int f = 0; f < filters; f++) {
                for (int k = 0; k < perFilter; k++) {
                    w[f * perFilter + k] *= affine[0][f];
                }
                bias[f] = bias[f] * affine[0][f] + affine[1][f];
            }
        }
        Shape pad = conv.getPadding();
        Shape stride = conv.getStride();
        Shape dilation = conv.getDilation();
        return graph.node("Conv",
                List.of(x, graph.floats("conv_w", w, shape.getShape()), graph.floats("conv_b", bias, filters)),
                Map.of("kernel_shape", conv.getKernelShape().getShape(),
                        "pads", new long[] {pad.get(0), pad.get(1), pad.get(0), pad.get(1)},
                        "strides", stride.getShape(),
                        "dilations", dilation.getShape(),
                        "group", conv.getGroups()));
    }

    /**
     * The per-channel scale and shift a batch-norm applies in inference, measured by running it on
     * zeros and on {@value #PROBE}: exact for whatever epsilon and statistics the block holds.
     */
    private static float[][] affine(BatchNorm norm, int channels, NDManager parent) {
        float[] probe = new float[2 * channels];
        Arrays.fill(probe, channels, 2 * channels, PROBE);
        try (NDManager scope = parent.newSubManager()) {
            NDArray x = scope.create(probe, new Shape(2, channels, 1, 1));
            float[] y = norm.forward(new ParameterStore(scope, false), new NDList(x), false).head().toFloatArray();
            float[] scale = new float[channels];
            float[] shift = new float[channels];
            for (int c = 0; c < channels; c++) {
                shift[c] = y[c];
                scale[c] = (float) (((double) y[channels + c] - y[c]) / PROBE);
            }
            return new float[][] {scale, shift};
        }
    }

    /** A dense layer: (B, in) x weight(units, in)^T + bias. */
    private String gemm(Linear linear, String x, String output) {
        NDArray weight = linear.getDirectParameters().get("weight").getArray();
        Shape shape = weight.getShape();
        Parameter bias = linear.getDirectParameters().get("bias");
        float[] b = bias != null && bias.isInitialized() ? bias.getArray().toFloatArray() : new float[(int) shape.get(0)];
        List<String> inputs = List.of(x, graph.floats("dense_w", weight.toFloatArray(), shape.getShape()),
                graph.floats("dense_b", b, shape.get(0)));
        Map<String, Object> attributes = Map.of("transB", 1);
        return output == null ? graph.node("Gemm", inputs, attributes) : graph.named(output, "Gemm", inputs, attributes);
    }

    private String reshape(String x, long... shape) {
        return graph.node("Reshape", List.of(x, graph.int64s("shape", shape)), Map.of());
    }

    private String concat(String first, String second) {
        return graph.node("Concat", List.of(first, second), Map.of("axis", 0));
    }

    private static boolean isLambda(Block block, String name) {
        return block instanceof LambdaBlock lambda && name.equals(lambda.getName());
    }

    /** Whether a pooling turned (B, C, h, w) into (B, C, h/2, w/2) from even h and w, as 2x2 stride 2 does. */
    private static boolean isHalved(Shape in, Shape out) {
        return in.dimension() == 4 && in.get(2) % 2 == 0 && in.get(3) % 2 == 0
                && out.get(2) == in.get(2) / 2 && out.get(3) == in.get(3) / 2;
    }

    private static List<Block> children(Block block) {
        return block.getChildren().values();
    }
}
