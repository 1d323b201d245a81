package org.fer4j.core.image;

import java.io.IOException;

/** Thrown when bytes cannot be decoded into a usable picture; names the source and the problem. */
public class BadPictureException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param source what was being decoded, e.g. a file path
     * @param problem what is wrong with it and, where possible, what the caller can do
     */
    public BadPictureException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.problem = problem;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param source what was being decoded
     * @param problem what is wrong with it
     * @param cause the underlying error
     */
    public BadPictureException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    /** What was being decoded, e.g. a file path. */
    public String source() {
        return source;
    }

    /** What is wrong with {@link #source()}, without the source. */
    public String problem() {
        return problem;
    }
}
