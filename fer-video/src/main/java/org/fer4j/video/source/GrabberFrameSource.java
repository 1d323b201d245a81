package org.fer4j.video.source;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/** The decode loop shared by the FFmpeg-backed sources: counting, copying and error wrapping. */
abstract class GrabberFrameSource implements FrameSource {

    private final FFmpegFrameGrabber grabber;
    private final String description;
    private long delivered;
    private boolean ended;

    GrabberFrameSource(FFmpegFrameGrabber grabber, String description) {
        this.grabber = grabber;
        this.description = description;
    }

    /** Starts a configured grabber in BGR24, keeping FFmpeg's console output to real errors. */
    static void start(FFmpegFrameGrabber grabber) throws FrameGrabber.Exception {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
        grabber.start();
    }

    /** Closes a grabber that failed to start, keeping the start error as the one reported. */
    static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // The open error is the one worth reporting.
        }
    }

    @Override
    public final Optional<VideoFrame> next() {
        if (ended) {
            return Optional.empty();
        }
        Frame frame;
        try {
            frame = grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            ended = true;
            throw new VideoSourceException(
                    description,
                    delivered,
                    "Cannot decode frame " + delivered + " of " + description + ": " + e.getMessage(),
                    e);
        }
        if (frame == null || frame.image == null) {
            ended = true;
            checkComplete(delivered);
            return Optional.empty();
        }
        BufferedImage image = FrameCopier.toBgrImage(frame, description, delivered);
        VideoFrame result = new VideoFrame(delivered, timestampOf(frame.timestamp), image);
        delivered++;
        return Optional.of(result);
    }

    /** Called once at the end of the stream with the number of frames delivered; may throw. */
    protected void checkComplete(long deliveredFrames) {}

    /** Maps the grabber's timestamp (microseconds) to the frame's presentation time. */
    protected long timestampOf(long grabberMicros) {
        return grabberMicros;
    }

    /** The started grabber, for subclasses that read stream properties. */
    protected final FFmpegFrameGrabber grabber() {
        return grabber;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public double frameRate() {
        double rate = grabber.getFrameRate();
        return rate > 0 ? rate : Double.NaN;
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            throw new VideoSourceException(description, delivered, "Cannot close " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + description + "]";
    }
}
