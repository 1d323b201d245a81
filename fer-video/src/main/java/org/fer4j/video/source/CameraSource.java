package org.fer4j.video.source;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Live frames from a Video4Linux2 camera (e.g. {@code /dev/video0}) through the bundled FFmpeg.
 * Timestamps count from the first captured frame. A missing or busy camera raises {@link
 * CameraUnavailableException} rather than failing natively.
 */
public final class CameraSource extends GrabberFrameSource {

    /** The device opened when none is given. */
    public static final String DEFAULT_DEVICE = "/dev/video0";

    private long firstTimestamp = Long.MIN_VALUE;

    private CameraSource(FFmpegFrameGrabber grabber, String device) {
        super(grabber, device);
    }

    /** Opens {@link #DEFAULT_DEVICE} with the driver's default size and rate. */
    public static CameraSource open() {
        return builder().build();
    }

    /** A builder for a camera source with a chosen device, size or rate. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected long timestampOf(long grabberMicros) {
        if (firstTimestamp == Long.MIN_VALUE) {
            firstTimestamp = grabberMicros;
        }
        return grabberMicros - firstTimestamp;
    }

    /** Configures and opens a {@link CameraSource}. */
    public static final class Builder {

        private String device = DEFAULT_DEVICE;
        private int width;
        private int height;
        private double frameRate;

        private Builder() {}

        /** The V4L2 device path; {@value CameraSource#DEFAULT_DEVICE} by default. */
        public Builder optDevice(String device) {
            this.device = device;
            return this;
        }

        /** Requests a capture size; the driver's default when not set. */
        public Builder optImageSize(int width, int height) {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("Camera image size must be positive, got " + width + "x" + height);
            }
            this.width = width;
            this.height = height;
            return this;
        }

        /** Requests a capture rate in frames per second; the driver's default when not set. */
        public Builder optFrameRate(double frameRate) {
            if (!(frameRate > 0)) {
                throw new IllegalArgumentException("Camera frame rate must be positive, got " + frameRate);
            }
            this.frameRate = frameRate;
            return this;
        }

        /**
         * Opens the camera.
         *
         * @throws CameraUnavailableException when the device is missing, unreadable or cannot be
         *     started
         */
        public CameraSource build() {
            if (device == null || device.isBlank()) {
                throw new IllegalArgumentException("Camera device must be set, e.g. " + DEFAULT_DEVICE);
            }
            Path path = Path.of(device);
            if (!Files.exists(path)) {
                throw new CameraUnavailableException(
                        device,
                        "No camera found at "
                                + device
                                + ": the device does not exist. Connect a camera (see `ls /dev/video*`), pass"
                                + " another device with optDevice(...), or read recorded video with VideoFileSource",
                        null);
            }
            if (!Files.isReadable(path)) {
                throw new CameraUnavailableException(
                        device,
                        "Camera "
                                + device
                                + " exists but is not readable by this user (add the user to the 'video' group)",
                        null);
            }
            FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(device);
            grabber.setFormat("video4linux2");
            if (width > 0) {
                grabber.setImageWidth(width);
                grabber.setImageHeight(height);
            }
            if (frameRate > 0) {
                grabber.setFrameRate(frameRate);
            }
            try {
                start(grabber);
            } catch (FrameGrabber.Exception | RuntimeException e) {
                closeQuietly(grabber);
                throw new CameraUnavailableException(
                        device,
                        "Camera " + device + " could not be opened (not a capture device, busy, or the size/rate "
                                + "is unsupported): " + e.getMessage(),
                        e);
            }
            return new CameraSource(grabber, device);
        }
    }
}
