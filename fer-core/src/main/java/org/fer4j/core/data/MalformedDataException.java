package org.fer4j.core.data;

import java.io.IOException;

/** Thrown when a dataset file cannot be read as its format promises; names the file and the place. */
public class MalformedDataException extends IOException {

    private static final long serialVersionUID = 1L;

    /** How many characters of input a message quotes at most; longer input is cut with "...". */
    public static final int MAX_QUOTED = 80;

    private final String location;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param location where the problem is, e.g. {@code "fer2013.csv.gz, row 17"}
     * @param problem what is wrong there and, where possible, what the caller can do
     */
    public MalformedDataException(String location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param location where the problem is
     * @param problem what is wrong there
     * @param cause the underlying error
     */
    public MalformedDataException(String location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
        this.problem = problem;
    }

    /**
     * Input text as a message quotes it: in single quotes, at most about {@link #MAX_QUOTED}
     * characters (escapes included) followed by "..." and the input's length when longer, control
     * and unprintable characters shown as backslash-u escapes,
     * so a corrupt row never floods a message with pixel garbage.
     */
    public static String quote(String input) {
        if (input == null) {
            return "(none)";
        }
        StringBuilder quoted = new StringBuilder("'");
        int i = 0;
        for (; i < input.length() && quoted.length() <= MAX_QUOTED; i++) {
            char c = input.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || c == 0xfffd) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        quoted.append('\'');
        if (i < input.length()) {
            quoted.append("... (").append(input.length()).append(" characters)");
        }
        return quoted.toString();
    }

    /** What a cause says: its message, or its class name when it has none (never "null"). */
    static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /** Where the problem is: file and, when known, row or entry. */
    public String location() {
        return location;
    }

    /** What is wrong at {@link #location()}, without the location. */
    public String problem() {
        return problem;
    }
}
