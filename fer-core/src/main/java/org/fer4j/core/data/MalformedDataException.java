package org.fer4j.core.data;

import java.io.IOException;

/** Thrown when a dataset file cannot be read as its format promises; names the file and the place. */
public class MalformedDataException extends IOException {

    private static final long serialVersionUID = 1L;

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

    /** Where the problem is: file and, when known, row or entry. */
    public String location() {
        return location;
    }

    /** What is wrong at {@link #location()}, without the location. */
    public String problem() {
        return problem;
    }
}
