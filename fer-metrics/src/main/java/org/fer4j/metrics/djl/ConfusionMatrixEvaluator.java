package org.fer4j.metrics.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.evaluator.Evaluator;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.fer4j.core.LabelSet;
import org.fer4j.metrics.ClassRanking;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.fer4j.metrics.ConfusionMatrixAccumulator;

/**
 * A DJL {@link Evaluator} that counts a {@link ConfusionMatrix} per accumulator key and reports one
 * number computed from it (e.g. macro F1), so class-aware metrics can be monitored during training.
 *
 * <p>Predictions are {@code [batch, classes]} logits or probabilities (the arg-max is the predicted
 * class, ties to the lower index as in {@link ClassRanking}); labels are class indices of shape
 * {@code [batch]} or {@code [batch, 1]}, or one-hot / soft labels of the predictions' shape. The
 * evaluator reads the arrays into Java and creates no NDArray except the one {@link #evaluate}
 * returns (owned by the predictions' manager) and, for data types other than float32 / int32 /
 * int64, a float32 copy that it closes at once. Accumulators are thread-safe.
 */
public class ConfusionMatrixEvaluator extends Evaluator {

    private final LabelSet labels;
    private final ToDoubleFunction<ClassificationMetrics> metric;
    private final int index;
    private final Map<String, ConfusionMatrixAccumulator> accumulators = new ConcurrentHashMap<>();

    /** Creates an evaluator over the first array of the label and prediction lists. */
    public ConfusionMatrixEvaluator(
            String name, LabelSet labels, ToDoubleFunction<ClassificationMetrics> metric) {
        this(name, labels, metric, 0);
    }

    /** Creates an evaluator over the array at {@code index} of the label and prediction lists. */
    public ConfusionMatrixEvaluator(
            String name, LabelSet labels, ToDoubleFunction<ClassificationMetrics> metric, int index) {
        super(Objects.requireNonNull(name, "name"));
        this.labels = Objects.requireNonNull(labels, "labels");
        this.metric = Objects.requireNonNull(metric, "metric");
        if (index < 0) {
            throw new IllegalArgumentException("NDList index must be >= 0, got " + index);
        }
        this.index = index;
    }

    /** The classes being counted. */
    public LabelSet labels() {
        return labels;
    }

    /** The metric of this batch alone, as a float32 scalar owned by the predictions' manager. */
    @Override
    public NDArray evaluate(NDList labelList, NDList predictionList) {
        ConfusionMatrixAccumulator batch = new ConfusionMatrixAccumulator(labels);
        addBatch(batch, labelList, predictionList);
        float value = (float) metric.applyAsDouble(ClassificationMetrics.of(batch.snapshot()));
        return predictionList.get(index).getManager().create(value);
    }

    /** Adds an empty accumulator under {@code key}, replacing any previous one. */
    @Override
    public void addAccumulator(String key) {
        accumulators.put(key, new ConfusionMatrixAccumulator(labels));
        totalInstances.put(key, 0L);
    }

    /** Counts a batch into the accumulator under {@code key}. */
    @Override
    public void updateAccumulator(String key, NDList labelList, NDList predictionList) {
        updateAccumulators(new String[] {key}, labelList, predictionList);
    }

    /** Counts a batch into every listed accumulator, decoding the arrays once. */
    @Override
    public void updateAccumulators(String[] keys, NDList labelList, NDList predictionList) {
        for (String key : keys) {
            accumulator(key); // every key must exist before any is updated
        }
        ConfusionMatrixAccumulator batch = new ConfusionMatrixAccumulator(labels);
        addBatch(batch, labelList, predictionList);
        ConfusionMatrix counted = batch.snapshot();
        for (String key : keys) {
            accumulator(key).addAll(counted);
            totalInstances.merge(key, counted.total(), Long::sum);
        }
    }

    /** Empties the accumulator under {@code key}. */
    @Override
    public void resetAccumulator(String key) {
        accumulator(key).reset();
        totalInstances.put(key, 0L);
    }

    /** The metric over everything accumulated under {@code key}; 0 when nothing was counted. */
    @Override
    public float getAccumulator(String key) {
        return (float) metric.applyAsDouble(metrics(key));
    }

    /** The confusion matrix accumulated under {@code key}. */
    public ConfusionMatrix confusionMatrix(String key) {
        return accumulator(key).snapshot();
    }

    /** All classification metrics of what was accumulated under {@code key}. */
    public ClassificationMetrics metrics(String key) {
        return ClassificationMetrics.of(confusionMatrix(key));
    }

    private ConfusionMatrixAccumulator accumulator(String key) {
        ConfusionMatrixAccumulator accumulator = accumulators.get(key);
        if (accumulator == null) {
            throw new IllegalArgumentException(
                    "Evaluator " + getName() + " has no accumulator '" + key + "'; call addAccumulator first");
        }
        return accumulator;
    }

    private void addBatch(ConfusionMatrixAccumulator target, NDList labelList, NDList predictionList) {
        NDArray label = labelList.get(index);
        NDArray prediction = predictionList.get(index);
        checkLabelShapes(label, prediction);
        Shape predictionShape = prediction.getShape();
        if (predictionShape.dimension() != 2 || predictionShape.get(1) != labels.size()) {
            throw new IllegalArgumentException(
                    getName()
                            + ": predictions have shape "
                            + predictionShape
                            + "; expected (batch, "
                            + labels.size()
                            + ") scores over ["
                            + labels
                            + "]");
        }
        float[][] scores = rows(prediction);
        Shape labelShape = label.getShape();
        int[] truth;
        if (labelShape.equals(predictionShape)) {
            float[][] oneHot = rows(label);
            truth = new int[oneHot.length];
            for (int i = 0; i < oneHot.length; i++) {
                truth[i] = ClassRanking.argMax(oneHot[i], i);
            }
        } else if (labelShape.dimension() == 1 || (labelShape.dimension() == 2 && labelShape.get(1) == 1)) {
            truth = classIndices(label);
        } else {
            throw new IllegalArgumentException(
                    getName()
                            + ": labels have shape "
                            + labelShape
                            + "; expected (batch) class indices or one-hot labels of shape "
                            + predictionShape);
        }
        target.addScores(truth, scores);
    }

    private static float[][] rows(NDArray array) {
        int columns = (int) array.getShape().get(1);
        float[] flat = floats(array);
        float[][] rows = new float[flat.length / columns][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(flat, r * columns, (r + 1) * columns);
        }
        return rows;
    }

    private int[] classIndices(NDArray label) {
        DataType type = label.getDataType();
        if (type == DataType.INT64) {
            long[] values = label.toLongArray();
            int[] indices = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                indices[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, values[i]));
            }
            return indices;
        }
        if (type == DataType.INT32) {
            return label.toIntArray();
        }
        float[] values = floats(label);
        int[] indices = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != Math.rint(values[i])) {
                throw new IllegalArgumentException(
                        getName() + ": label " + values[i] + " at batch position " + i + " is not a class index");
            }
            indices[i] = (int) values[i];
        }
        return indices;
    }

    private static float[] floats(NDArray array) {
        if (array.getDataType() == DataType.FLOAT32) {
            return array.toFloatArray();
        }
        try (NDArray converted = array.toType(DataType.FLOAT32, true)) {
            return converted.toFloatArray();
        }
    }
}
