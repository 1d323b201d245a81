package org.fer4j.core.data;

import org.fer4j.core.BadInputException;

/** Thrown when a dataset file cannot be read as its format promises; names the file and the place. */
public class MalformedDataException extends BadInputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param location where the problem is, e.g. {@code "fer2013.csv.gz, row 17"}
     * @param problem what is wrong there and, where possible, what the caller can do
     */
    public MalformedDataException(String location, String problem) {
        super(location, problem, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param location where the problem is
     * @param problem what is wrong there
     * @param cause the underlying error
     */
    public MalformedDataException(String location, String problem, Throwable cause) {
        super(location, problem, cause);
    }

    /** Where the problem is: file and, when known, row or entry. */
    public String location() {
        return where();
    }
}
