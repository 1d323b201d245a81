package org.fer4j.video.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.fer4j.core.BadInputException;

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
        checkLooksLikeAVideo(file);
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        try {
            start(grabber);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(grabber);
            throw new VideoSourceException(
                    name,
                    0,
                    "Cannot open video file " + name + ": not a video, or corrupt or truncated before its index ("
                            + BadInputException.describe(e) + ")",
                    e);
        }
        if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0) {
            closeQuietly(grabber);
            throw new VideoSourceException(name, 0, "Video file " + name + " has no video stream", null);
        }
        long declared = grabber.getFormatContext().streams(grabber.getVideoStream()).nb_frames();
        return new VideoFileSource(grabber, file, declared);
    }

    /** How many leading bytes are sniffed to tell a text file from a video. */
    private static final int SNIFFED = 512;

    /**
     * Refuses, before FFmpeg sees it, a file that cannot be a video: empty, or text (only printable
     * characters and line breaks in its first bytes; every container starts with binary headers).
     */
    private static void checkLooksLikeAVideo(Path file) {
        String name = file.toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED);
        } catch (IOException e) {
            throw new VideoSourceException(name, 0, "Video file " + name + " is not readable: " + e, e);
        }
        if (head.length == 0) {
            throw new VideoSourceException(name, 0, "Video file " + name + " is an empty file (0 bytes), not a video", null);
        }
        boolean text = true;
        for (byte b : head) {
            int c = b & 0xFF;
            text &= c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7f);
        }
        if (text) {
            throw new VideoSourceException(
                    name, 0, "Video file " + name + " is not a video: it holds text, not a container such as MP4", null);
        }
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
