package org.fer4j.core.data;

import java.util.ArrayList;
import java.util.List;

/** Decides, per malformed entry, whether to fail or to skip and count it (lenient mode). */
final class SkipCounter {

    private final boolean lenient;
    private final List<String> problems = new ArrayList<>();
    private int skipped;

    SkipCounter(boolean lenient) {
        this.lenient = lenient;
    }

    /** Fails with the problem in strict mode; records it in lenient mode. */
    void malformed(String location, String problem) throws MalformedDataException {
        if (!lenient) {
            throw new MalformedDataException(location, problem + " (enable lenient mode to skip such entries)");
        }
        skip(location + ": " + problem);
    }

    /** Records an entry skipped for a reason that is never an error, such as a label outside the set. */
    void skip(String reason) {
        skipped++;
        if (problems.size() < LoadReport.MAX_PROBLEMS) {
            problems.add(reason);
        }
    }

    LoadReport report(int loaded) {
        return new LoadReport(loaded, skipped, problems);
    }
}
