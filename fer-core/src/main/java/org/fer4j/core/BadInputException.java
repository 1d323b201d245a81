package org.fer4j.core;

import java.io.IOException;

/**
 * Thrown when input (a data file, a row, a picture) cannot be used as its format promises; the
 * message is {@code "<where>: <problem>"}, quotes at most {@value #MAX_QUOTED} characters of the
 * input and names a cause without a message by its class. The data and picture exceptions extend
 * it, so one {@code catch} handles every kind of bad input.
 */
public class BadInputException extends IOException {

    private static final long serialVersionUID = 1L;

    /** How many characters of input a message quotes at most; longer input is cut with "...". */
    public static final int MAX_QUOTED = 80;

    private final String where;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param where what and where the bad input is, e.g. {@code "fer2013.csv.gz, row 17"} or a file path
     * @param problem what is wrong there and, where possible, what the caller can do
     * @param cause the underlying error, or null
     */
    public BadInputException(String where, String problem, Throwable cause) {
        super(where + ": " + problem, cause);
        this.where = where;
        this.problem = problem;
    }

    /** What and where the bad input is: file and, when known, row or entry. */
    public String where() {
        return where;
    }

    /** What is wrong at {@link #where()}, without the location. */
    public String problem() {
        return problem;
    }

    /**
     * Input text as a message quotes it: in single quotes, at most about {@link #MAX_QUOTED}
     * characters (escapes included) followed by "..." and the input's length when longer, control
     * and unprintable characters shown as backslash-u escapes, so a corrupt row never floods a
     * message with pixel garbage.
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

    /** What a cause says for a message: its message, or its class name when it has none (never "null"). */
    public static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
