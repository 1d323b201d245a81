package org.fer4j.cli.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fer4j.cli.Fer4jVersion;
import org.fer4j.cli.RuntimeOption;
import org.fer4j.core.EmotionModel;
import org.fer4j.video.source.CameraSource;
import org.fer4j.video.source.CameraUnavailableException;
import org.fer4j.video.source.VideoSourceException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fer4j camera}: emotions live from a Video4Linux2 camera, the same path as {@code video}.
 * Without a camera it says so on stderr and exits with 1.
 */
@Command(name = "camera", mixinStandardHelpOptions = true, versionProvider = Fer4jVersion.class,
        showDefaultValues = true,
        description = "Emotions live from a camera (Video4Linux2); Ctrl+C stops it with the outputs complete.")
public final class CameraCommand implements Callable<Integer> {

    /** Write one annotated PNG per this many frames (about every 5 s at 25 frames/s). */
    private static final int PNG_EVERY = 125;

    @Spec
    private CommandSpec spec;

    @Option(names = "--device", paramLabel = "PATH", defaultValue = CameraSource.DEFAULT_DEVICE, description = "The camera.")
    private String device;

    @ArgGroup(exclusive = true)
    private VideoModel model;

    @Mixin
    private RuntimeOption runtime;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: write nothing).")
    private Path out;

    @Option(names = "--max-frames", paramLabel = "N", defaultValue = "300", description = "Most frames (0: until Ctrl+C).")
    private long maxFrames;

    /** Runs the camera through the pipeline; no usable camera fails with exit 1. */
    @Override
    public Integer call() throws IOException {
        if (maxFrames < 0) {
            throw new ParameterException(spec.commandLine(), "--max-frames needs a whole number >= 0, got " + maxFrames);
        }
        try (CameraSource camera = CameraSource.builder().optDevice(device).build();
                EmotionModel emotions = VideoModel.open(model, runtime.choice(), System.out)) {
            System.out.printf("Camera %s at %.1f frames/s; %s%n", device, camera.frameRate(),
                    maxFrames == 0 ? "stop with Ctrl+C" : "stopping after " + maxFrames + " frames (Ctrl+C stops earlier)");
            new EmotionRun(camera, emotions, out, maxFrames, PNG_EVERY, null).run();
        } catch (CameraUnavailableException e) {
            if (!Files.exists(Path.of(device))) {
                throw new IOException("No camera found at " + device + ": pass another one with --device PATH "
                        + "(see ls /dev/video*), or read a recording with fer4j video --video FILE", e);
            }
            throw e;
        } catch (VideoSourceException e) {
            throw new IOException("Camera " + device + " stopped delivering frames: " + e.getMessage(), e);
        }
        return 0;
    }
}
