package org.fer4j.models.export;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ONNX graph under construction, through the generated ONNX protobuf classes: nodes in
 * topological order, float and int64 initializers, and float32 graph inputs and outputs whose
 * dimensions are fixed sizes or symbolic names. Node outputs get unique names derived from the op.
 */
final class OnnxGraph {

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private final Map<String, Integer> counters = new HashMap<>();

    OnnxGraph(String name) {
        graph.setName(name);
    }

    /** A fresh name with the given prefix. */
    String unique(String prefix) {
        int n = counters.merge(prefix, 1, Integer::sum);
        return prefix + "_" + n;
    }

    /** Declares a float32 graph input; each dim is an Integer size or a String symbol. */
    void input(String name, Object... dims) {
        graph.addInput(valueInfo(name, dims));
    }

    /** Declares a float32 graph output; each dim is an Integer size or a String symbol. */
    void output(String name, Object... dims) {
        graph.addOutput(valueInfo(name, dims));
    }

    /** Adds a float initializer (weights) and returns its name. */
    String floats(String prefix, float[] values, long... dims) {
        long size = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
        if (size != values.length) {
            throw new IllegalStateException(prefix + ": " + values.length + " values for shape " + Arrays.toString(dims));
        }
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        String name = unique(prefix);
        graph.addInitializer(TensorProto.newBuilder()
                .setName(name)
                .setDataType(TensorProto.DataType.FLOAT.getNumber())
                .addAllDims(Arrays.stream(dims).boxed().toList())
                .setRawData(ByteString.copyFrom(bytes.array())));
        return name;
    }

    /** Adds a 1-D int64 initializer (shapes, axes) and returns its name. */
    String int64s(String prefix, long... values) {
        String name = unique(prefix);
        graph.addInitializer(TensorProto.newBuilder()
                .setName(name)
                .setDataType(TensorProto.DataType.INT64.getNumber())
                .addDims(values.length)
                .addAllInt64Data(Arrays.stream(values).boxed().toList()));
        return name;
    }

    /** Adds a node with one output named after the op; returns that output's name. */
    String node(String op, List<String> inputs, Map<String, Object> attributes) {
        return node(op, inputs, attributes, List.of(unique(op.toLowerCase()))).get(0);
    }

    /** Adds a node with one output of the given name; returns it. */
    String named(String output, String op, List<String> inputs, Map<String, Object> attributes) {
        return node(op, inputs, attributes, List.of(output)).get(0);
    }

    /** Adds a node with the given outputs (an empty name skips an optional output); returns them. */
    List<String> node(String op, List<String> inputs, Map<String, Object> attributes, List<String> outputs) {
        NodeProto.Builder node = NodeProto.newBuilder()
                .setOpType(op)
                .setName(unique("node_" + op))
                .addAllInput(inputs)
                .addAllOutput(outputs);
        attributes.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> node.addAttribute(attribute(e.getKey(), e.getValue())));
        graph.addNode(node);
        return outputs;
    }

    GraphProto build() {
        return graph.build();
    }

    private static AttributeProto attribute(String name, Object value) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name);
        if (value instanceof Integer || value instanceof Long) {
            a.setType(AttributeProto.AttributeType.INT).setI(((Number) value).longValue());
        } else if (value instanceof Float) {
            a.setType(AttributeProto.AttributeType.FLOAT).setF((Float) value);
        } else if (value instanceof long[] ints) {
            a.setType(AttributeProto.AttributeType.INTS).addAllInts(Arrays.stream(ints).boxed().toList());
        } else if (value instanceof String s) {
            a.setType(AttributeProto.AttributeType.STRING).setS(ByteString.copyFromUtf8(s));
        } else {
            throw new IllegalArgumentException("Unsupported attribute " + name + " = " + value);
        }
        return a.build();
    }

    private static ValueInfoProto valueInfo(String name, Object... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (Object dim : dims) {
            TensorShapeProto.Dimension.Builder d = TensorShapeProto.Dimension.newBuilder();
            if (dim instanceof String symbol) {
                d.setDimParam(symbol);
            } else {
                d.setDimValue(((Number) dim).longValue());
            }
            shape.addDim(d);
        }
        TypeProto type = TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder()
                        .setElemType(TensorProto.DataType.FLOAT.getNumber())
                        .setShape(shape))
                .build();
        return ValueInfoProto.newBuilder().setName(name).setType(type).build();
    }
}
