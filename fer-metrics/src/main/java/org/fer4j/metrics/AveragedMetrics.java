package org.fer4j.metrics;

/**
 * Precision, recall and F1 averaged over classes (macro: unweighted mean; weighted: mean weighted
 * by support).
 *
 * @param precision the averaged precision
 * @param recall the averaged recall
 * @param f1 the averaged per-class F1 (not the F1 of the averaged precision and recall)
 */
public record AveragedMetrics(double precision, double recall, double f1) {}
