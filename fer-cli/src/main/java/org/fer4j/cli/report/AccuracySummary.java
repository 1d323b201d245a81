package org.fer4j.cli.report;

/**
 * The spread of one measure over cross-validation folds.
 *
 * @param folds the number of folds
 * @param mean the mean over folds
 * @param std the sample standard deviation over folds (divisor {@code folds - 1}); NaN for one fold
 * @param min the lowest fold value
 * @param max the highest fold value
 */
public record AccuracySummary(int folds, double mean, double std, double min, double max) {

    /** Summarises one value per fold; there must be at least one. */
    public static AccuracySummary of(double[] perFold) {
        if (perFold.length == 0) {
            throw new IllegalArgumentException("Cannot summarise zero folds");
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : perFold) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / perFold.length;
        double squares = 0;
        for (double v : perFold) {
            squares += (v - mean) * (v - mean);
        }
        double std = perFold.length < 2 ? Double.NaN : Math.sqrt(squares / (perFold.length - 1));
        return new AccuracySummary(perFold.length, mean, std, min, max);
    }
}
