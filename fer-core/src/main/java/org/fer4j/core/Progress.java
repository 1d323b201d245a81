package org.fer4j.core;

/**
 * Told how far a long task (reading a dataset, scoring faces, processing frames) has come, so a
 * command line can draw a bar; every method is called from the thread doing the work.
 */
public interface Progress {

    /**
     * Starts counting anew.
     *
     * @param unit what is counted, e.g. {@code "faces"}
     * @param max the count at the end, or 0 when unknown
     */
    void reset(String unit, long max);

    /** The count done so far. */
    void update(long done);

    /** Adds to the count done so far. */
    void increment(long more);

    /** The task is over. */
    void end();
}
