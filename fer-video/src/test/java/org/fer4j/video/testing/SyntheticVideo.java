package org.fer4j.video.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.fer4j.core.BoundingBox;

/** Test fixture: draws frames with bright "faces" (ellipses) and encodes them as tiny MP4 files. */
public final class SyntheticVideo {

    /** Frame width of generated videos. */
    public static final int WIDTH = 160;

    /** Frame height of generated videos. */
    public static final int HEIGHT = 120;

    private SyntheticVideo() {}

    /** The ellipse of the moving face in frame {@code i}: 40x50 px, moving 2 px right per frame. */
    public static BoundingBox movingFace(int i) {
        return new BoundingBox(20 + 2 * i, 30, 40, 50);
    }

    /** The colour of a bright face. */
    public static final Color BRIGHT = new Color(240, 220, 200);

    /** The colour of a dim face (still brighter than the background). */
    public static final Color DIM = new Color(100, 95, 90);

    /** A dark frame with a bright ellipse in each of the given boxes. */
    public static BufferedImage frameWith(BoundingBox... faces) {
        return frameWith(BRIGHT, faces);
    }

    /** A dark frame with an ellipse of {@code colour} in each of the given boxes. */
    public static BufferedImage frameWith(Color colour, BoundingBox... faces) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 30, 40));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(colour);
        for (BoundingBox face : faces) {
            g.fillOval((int) face.x(), (int) face.y(), (int) face.width(), (int) face.height());
        }
        g.dispose();
        return image;
    }

    /** Encodes {@code frames} frames drawn by {@code draw} as an H.264 MP4 at 25 fps. */
    public static Path writeMp4(Path file, int frames, IntFunction<BufferedImage> draw) throws IOException {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT);
                Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(25);
            recorder.setGopSize(10);
            // Index first, so a truncated copy still opens and fails part-way through the frames.
            recorder.setOption("movflags", "faststart");
            recorder.start();
            for (int i = 0; i < frames; i++) {
                recorder.record(converter.convert(draw.apply(i)));
            }
            recorder.stop();
        }
        return file;
    }

    /** Encodes the moving face for {@code frames} frames. */
    public static Path writeMovingFace(Path file, int frames) throws IOException {
        return writeMp4(file, frames, i -> frameWith(movingFace(i)));
    }
}
