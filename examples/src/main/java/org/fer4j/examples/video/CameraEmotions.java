package org.fer4j.examples.video;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.fer4j.core.EmotionModel;
import org.fer4j.video.source.CameraSource;
import org.fer4j.video.source.CameraUnavailableException;
import org.fer4j.video.source.VideoSourceException;

/**
 * Emotions live from a camera: the same path as {@link VideoEmotions}, reading a Video4Linux2
 * device. Without a camera it prints one line saying so and exits with code 2.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.video.CameraEmotions \
 *   -Dexec.args="--device /dev/video0 --max-frames 0"
 * </pre>
 *
 * <p>Options: {@code --device PATH} (default {@code /dev/video0}), {@code --model DIR}, {@code
 * --untrained}, {@code --out DIR} (default: write nothing), {@code --max-frames N} (default 300;
 * 0 runs until Ctrl+C). Exit codes: 2 no usable camera, 3 no model, 64 bad arguments.
 */
public final class CameraEmotions {

    /** Write one annotated PNG per this many frames (about every 5 s at 25 frames/s). */
    private static final int PNG_EVERY = 125;

    private CameraEmotions() {}

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        ExampleExit.guard(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        CommandLine a = CommandLine.parse(args, Set.of("untrained"), Set.of("device", "model", "out", "max-frames"));
        String device = a.string("device", CameraSource.DEFAULT_DEVICE);
        Path out = a.path("out", null);
        long maxFrames = a.count("max-frames", 300);
        try (CameraSource camera = CameraSource.builder().optDevice(device).build();
                EmotionModel model = ModelChoice.open(a)) {
            System.out.printf("Camera %s at %.1f frames/s; %s%n", device, camera.frameRate(),
                    maxFrames == 0 ? "stop with Ctrl+C" : "stopping after " + maxFrames + " frames (Ctrl+C stops earlier)");
            new EmotionRun(camera, model, out, maxFrames, PNG_EVERY).run();
        } catch (CameraUnavailableException e) {
            if (!Files.exists(Path.of(device))) {
                throw new ExampleExit(ExampleExit.NO_INPUT, "No camera found at " + device
                        + ": pass another one with --device PATH (see ls /dev/video*), or read a recording with VideoEmotions --video FILE");
            }
            throw new ExampleExit(ExampleExit.NO_INPUT, e.getMessage());
        } catch (VideoSourceException e) {
            throw new ExampleExit(ExampleExit.NO_INPUT, "Camera " + device + " stopped delivering frames: " + e.getMessage());
        }
    }
}
