package org.fer4j.cli.report;

import java.util.Arrays;
import java.util.Random;

/** Draws a reproducible random subset of sample indices, e.g. to estimate training accuracy cheaply. */
public final class SeededSubset {

    private SeededSubset() {}

    /**
     * Picks {@code min(count, size)} distinct indices of {@code 0..size-1}, uniformly at random
     * with the given seed, and returns them in ascending order (so the subset keeps dataset order).
     *
     * @param size how many samples there are
     * @param count how many to pick; when not below {@code size}, every index is returned
     * @param seed the random seed; the same arguments always give the same subset
     */
    public static int[] indices(int size, int count, long seed) {
        if (size < 0 || count < 0) {
            throw new IllegalArgumentException("size and count must be >= 0, got " + size + " and " + count);
        }
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        if (count >= size) {
            return all;
        }
        // Partial Fisher-Yates: the first `count` slots end up a uniform sample without replacement.
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(size - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] picked = Arrays.copyOf(all, count);
        Arrays.sort(picked);
        return picked;
    }
}
