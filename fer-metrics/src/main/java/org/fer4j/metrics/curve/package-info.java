/**
 * Per-epoch training history: {@link org.fer4j.metrics.curve.EpochRecord}s collected by a {@link
 * org.fer4j.metrics.curve.LearningCurveRecorder} into an immutable {@link
 * org.fer4j.metrics.curve.LearningCurve} that round-trips through JSON and CSV.
 */
package org.fer4j.metrics.curve;
