package org.fer4j.video.source;

/** No usable camera at the requested device: missing, not readable, or refused by the driver. */
public class CameraUnavailableException extends VideoSourceException {

    private static final long serialVersionUID = 1L;

    /** A camera problem at {@code device}. */
    public CameraUnavailableException(String device, String message, Throwable cause) {
        super(device, 0, message, cause);
    }
}
