package org.fer4j.serve;

/** A request the API refuses: the HTTP status and a message naming what was wrong, sent as JSON. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** A refusal with {@code status} (4xx) and a message for the client. */
    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** {@code {"status":413,"error":"..."}}. */
    public String toJson() {
        return "{\"status\":" + status + ",\"error\":" + FaceJson.string(getMessage()) + "}";
    }
}
