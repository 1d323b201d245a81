package org.fer4j.video.render;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.stream.EmotionListener;
import org.fer4j.video.stream.FrameResult;

/**
 * Encodes annotated frames into an H.264 MP4 with the bundled FFmpeg. The recorder starts on the
 * first frame (taking its size); close the writer to finish the file.
 */
public final class Mp4FrameWriter implements EmotionListener, AutoCloseable {

    private final Path file;
    private final double frameRate;
    private final FrameAnnotator annotator;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private FFmpegFrameRecorder recorder;
    private long written;

    /** Writes to {@code file} at {@code frameRate} frames per second with the default annotator. */
    public Mp4FrameWriter(Path file, double frameRate) {
        this(file, frameRate, new FrameAnnotator());
    }

    /** Writes to {@code file} at {@code frameRate} frames per second, drawing with {@code annotator}. */
    public Mp4FrameWriter(Path file, double frameRate, FrameAnnotator annotator) {
        if (!(frameRate > 0) || Double.isInfinite(frameRate)) {
            throw new IllegalArgumentException("MP4 frame rate must be positive, got " + frameRate);
        }
        this.file = file;
        this.frameRate = frameRate;
        this.annotator = annotator;
    }

    @Override
    public void onFrame(FrameResult result, VideoFrame frame) {
        try {
            if (recorder == null) {
                recorder = start(frame.width(), frame.height());
            }
            recorder.record(converter.convert(annotator.annotate(frame, result)));
            written++;
        } catch (FrameRecorder.Exception e) {
            throw new UncheckedIOException("Cannot encode frame " + frame.index() + " into " + file + ": " + e.getMessage(), e);
        }
    }

    /** How many frames were encoded so far. */
    public long framesWritten() {
        return written;
    }

    /** Finishes and closes the MP4 file; nothing is written when no frame arrived. */
    @Override
    public void close() {
        if (recorder == null) {
            return;
        }
        try {
            recorder.close();
        } catch (FrameRecorder.Exception e) {
            throw new UncheckedIOException("Cannot finish MP4 file " + file + ": " + e.getMessage(), e);
        } finally {
            recorder = null;
        }
    }

    private FFmpegFrameRecorder start(int width, int height) throws FrameRecorder.Exception {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalStateException(
                    "H.264 needs even frame sizes but frames are " + width + "x" + height + "; cannot write " + file);
        }
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), width, height);
        r.setFormat("mp4");
        r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        r.setFrameRate(frameRate);
        r.setOption("movflags", "faststart");
        r.start();
        return r;
    }
}
