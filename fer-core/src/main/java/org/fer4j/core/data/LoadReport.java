package org.fer4j.core.data;

import java.util.List;

/**
 * What a dataset's {@code prepare} read: how many samples it kept and, in lenient mode, how many
 * entries it skipped and why (the first few reasons, each with its location).
 *
 * @param loaded samples kept
 * @param skipped entries skipped as malformed or outside the label set
 * @param problems the first reasons for skipping, at most {@link #MAX_PROBLEMS}
 */
public record LoadReport(int loaded, int skipped, List<String> problems) {

    /** How many skip reasons a report keeps. */
    public static final int MAX_PROBLEMS = 20;

    /** Copies the problem list. */
    public LoadReport {
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        return loaded + " loaded, " + skipped + " skipped" + (problems.isEmpty() ? "" : " " + problems);
    }
}
