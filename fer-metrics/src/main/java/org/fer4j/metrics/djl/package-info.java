/**
 * Adapters that let fer4j metrics run inside DJL training: {@link
 * org.fer4j.metrics.djl.ConfusionMatrixEvaluator} and {@link org.fer4j.metrics.djl.MacroF1Evaluator}
 * can be added to a {@code TrainingConfig} like DJL's own {@code Accuracy}.
 */
package org.fer4j.metrics.djl;
