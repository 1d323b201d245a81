package org.fer4j.video.source;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a video file (MP4/H.264 and whatever else the bundled FFmpeg reads) frame by frame,
 * in-process. A file that ends before the frame count its container declares is reported as
 * truncated once the good frames have been delivered.
 */
public final class VideoFileSource extends GrabberFrameSource {

    private final Path file;
    private final long declaredFrames;

    private VideoFileSource(FFmpegFrameGrabber grabber, Path file, long declaredFrames) {
        super(grabber, file.toString());
        this.file = file;
        this.declaredFrames = declaredFrames;
    }

    /**
     * Opens a video file.
     *
     * @throws VideoSourceException naming the file when it is missing, unreadable, not a video or
     *     has no video stream
     */
    public static VideoFileSource open(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new VideoSourceException(name, 0, "Video file " + name + " does not exist or is not a file", null);
        }
        if (!Files.isReadable(file)) {
            throw new VideoSourceException(name, 0, "Video file " + name + " is not readable", null);
        }
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        try {
            start(grabber);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(grabber);
            throw new VideoSourceException(
                    name,
                    0,
                    "Cannot open video file " + name + " (corrupt, truncated before its index, or not a video): "
                            + e.getMessage(),
                    e);
        }
        if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0) {
            closeQuietly(grabber);
            throw new VideoSourceException(name, 0, "Video file " + name + " has no video stream", null);
        }
        long declared = grabber.getFormatContext().streams(grabber.getVideoStream()).nb_frames();
        return new VideoFileSource(grabber, file, declared);
    }

    /** The file being decoded. */
    public Path file() {
        return file;
    }

    /** The frame count the container declares, or 0 when it declares none (then it is unknown). */
    public long declaredFrameCount() {
        return declaredFrames;
    }

    /** Frame width in pixels. */
    public int width() {
        return grabber().getImageWidth();
    }

    /** Frame height in pixels. */
    public int height() {
        return grabber().getImageHeight();
    }

    @Override
    protected void checkComplete(long deliveredFrames) {
        if (declaredFrames > 0 && deliveredFrames < declaredFrames) {
            throw new VideoSourceException(
                    file.toString(),
                    deliveredFrames,
                    "Video file "
                            + file
                            + " ends at frame "
                            + deliveredFrames
                            + " but its container declares "
                            + declaredFrames
                            + " frames: the file is truncated or corrupt ("
                            + (deliveredFrames == 0 ? "no frame was" : "frames 0.." + (deliveredFrames - 1) + " were")
                            + " delivered)",
                    null);
        }
    }
}
