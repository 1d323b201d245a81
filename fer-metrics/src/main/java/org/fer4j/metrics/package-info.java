/**
 * Classification metrics for emotion classifiers: confusion matrices, per-class precision / recall /
 * F1, averaged scores, top-k accuracy and train/validation/test comparisons of model variants.
 *
 * <p>The flow follows Tribuo's evaluation design: predictions are counted into a {@link
 * org.fer4j.metrics.ConfusionMatrix} (streaming through a {@link
 * org.fer4j.metrics.ConfusionMatrixAccumulator}), and every derived number is computed from that
 * matrix by {@link org.fer4j.metrics.ClassificationMetrics}. Sub-packages adapt the accumulators to
 * DJL training ({@code djl}), record learning curves ({@code curve}) and write reports ({@code
 * report}).
 */
package org.fer4j.metrics;
