package org.fer4j.core.image;

import org.fer4j.core.BadInputException;

/** Thrown when bytes cannot be decoded into a usable picture; names the source and the problem. */
public class BadPictureException extends BadInputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param source what was being decoded, e.g. a file path
     * @param problem what is wrong with it and, where possible, what the caller can do
     * @param cause the underlying error, or null when the decoder found the problem itself
     */
    public BadPictureException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    /** What was being decoded, e.g. a file path. */
    public String source() {
        return where();
    }
}
