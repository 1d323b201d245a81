package org.fer4j.metrics;

import org.fer4j.core.Emotion;

/**
 * Precision, recall, F1 and support of one class.
 *
 * @param emotion the class
 * @param index the class index in the label set
 * @param precision true positives over predicted positives; 0 when the class was never predicted
 * @param recall true positives over true samples of the class; 0 when the class is absent
 * @param f1 {@code 2TP / (2TP + FP + FN)}, the harmonic mean of precision and recall; 0 when
 *     either is 0
 * @param support the number of samples whose true class is this one
 */
public record ClassMetrics(Emotion emotion, int index, double precision, double recall, double f1, long support) {}
