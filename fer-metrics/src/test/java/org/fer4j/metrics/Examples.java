package org.fer4j.metrics;

import org.fer4j.core.Emotion;
import org.fer4j.core.LabelSet;

/** Hand-checked data shared by the metric tests. */
final class Examples {

    /** Three classes: angry, happy, sad. */
    static final LabelSet THREE = LabelSet.of(Emotion.ANGRY, Emotion.HAPPY, Emotion.SAD);

    /**
     * counts[true][predicted]: angry 5/1/0 (support 6), happy 2/6/2 (10), sad 0/1/3 (4); predicted
     * column sums 7, 8, 5; 14 of 20 correct.
     */
    static final long[][] THREE_COUNTS = {{5, 1, 0}, {2, 6, 2}, {0, 1, 3}};

    private Examples() {}

    /** Expands a count matrix into paired (truth, predicted) arrays, row by row. */
    static int[][] pairs(long[][] counts) {
        int total = 0;
        for (long[] row : counts) {
            for (long c : row) {
                total += (int) c;
            }
        }
        int[] truth = new int[total];
        int[] predicted = new int[total];
        int i = 0;
        for (int t = 0; t < counts.length; t++) {
            for (int p = 0; p < counts.length; p++) {
                for (long k = 0; k < counts[t][p]; k++) {
                    truth[i] = t;
                    predicted[i] = p;
                    i++;
                }
            }
        }
        return new int[][] {truth, predicted};
    }
}
