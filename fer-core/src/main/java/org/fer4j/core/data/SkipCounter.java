package org.fer4j.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, per malformed entry, whether to fail (strict mode) or to skip and count it (lenient
 * mode), and collects entries skipped for reasons that are never errors, such as a label outside
 * the requested label set. Every loader shares it so that strict and lenient mean the same thing
 * across datasets.
 */
final class SkipCounter {

    private static final String HINT = " (enable lenient mode to skip such entries)";

    private final boolean lenient;
    private final List<String> problems = new ArrayList<>();
    private int skipped;

    /** A counter that fails on malformed entries unless {@code lenient}. */
    SkipCounter(boolean lenient) {
        this.lenient = lenient;
    }

    /** Whether malformed entries are skipped rather than fatal. */
    boolean lenient() {
        return lenient;
    }

    /** Fails with the problem in strict mode; records one skipped entry in lenient mode. */
    void malformed(String location, String problem) throws MalformedDataException {
        malformed(1, location, problem);
    }

    /** Like {@link #malformed(String, String)} for {@code count} entries sharing one problem. */
    void malformed(int count, String location, String problem) throws MalformedDataException {
        if (!lenient) {
            throw new MalformedDataException(location, problem + HINT);
        }
        skip(count, location + ": " + problem);
    }

    /** Fails with a reader's exception in strict mode; records one skipped entry in lenient mode. */
    void malformed(MalformedDataException e) throws MalformedDataException {
        if (!lenient) {
            throw new MalformedDataException(e.location(), e.problem() + HINT, e);
        }
        skip(1, e.getMessage());
    }

    /** Records an entry skipped for a reason that is never an error, such as a label outside the set. */
    void skip(String reason) {
        skip(1, reason);
    }

    /** Records {@code count} entries skipped for one reason that is never an error. */
    void skip(int count, String reason) {
        if (count <= 0) {
            return;
        }
        skipped += count;
        if (problems.size() < LoadReport.MAX_PROBLEMS) {
            problems.add(count == 1 ? reason : reason + " (" + count + " entries)");
        }
    }

    /** The report for a load that kept {@code loaded} samples. */
    LoadReport report(int loaded) {
        return new LoadReport(loaded, skipped, problems);
    }
}
