package org.fer4j.metrics;

/**
 * How fer4j ranks classes by score: higher scores first, ties broken in favour of the lower class
 * index (the same rule as {@code EmotionScores.topIndex()}), so top-1 and the confusion matrix
 * always agree.
 */
public final class ClassRanking {

    private ClassRanking() {}

    /**
     * The index of the highest score (the lowest index on ties).
     *
     * @throws IllegalArgumentException if the scores are empty or contain NaN; {@code row} names
     *     the sample in the message
     */
    public static int argMax(float[] scores, int row) {
        requireScores(scores, row);
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The zero-based rank of a class among the scores: the number of classes ranked before it
     * (strictly higher score, or an equal score at a lower index). Rank 0 is the arg-max.
     */
    public static int rankOf(float[] scores, int classIndex, int row) {
        requireScores(scores, row);
        if (classIndex < 0 || classIndex >= scores.length) {
            throw new IllegalArgumentException(
                    "Label "
                            + classIndex
                            + " of sample "
                            + row
                            + " is outside 0.."
                            + (scores.length - 1)
                            + " (the sample has "
                            + scores.length
                            + " scores)");
        }
        float own = scores[classIndex];
        int rank = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > own || (i < classIndex && scores[i] == own)) {
                rank++;
            }
        }
        return rank;
    }

    private static void requireScores(float[] scores, int row) {
        if (scores == null || scores.length == 0) {
            throw new IllegalArgumentException("Sample " + row + " has no scores");
        }
        for (int i = 0; i < scores.length; i++) {
            if (Float.isNaN(scores[i])) {
                throw new IllegalArgumentException(
                        "Score of class " + i + " in sample " + row + " is NaN");
            }
        }
    }
}
