package org.fer4j.core.face;

/** A face detector could not be loaded or failed on a picture; the message says which and why. */
public class FaceDetectorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A detector failure with its cause (may be null). */
    public FaceDetectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
