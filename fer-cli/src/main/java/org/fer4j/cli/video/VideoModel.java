package org.fer4j.cli.video;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.fer4j.cli.ModelRuntime;
import org.fer4j.cli.RuntimeChoice;
import org.fer4j.core.EmotionModel;
import org.fer4j.models.EmotionRecognizer;
import picocli.CommandLine.Option;

/**
 * Which model a video command runs, {@code --model DIR} (a model saved with {@code
 * EmotionRecognizer.save}) or {@code --untrained} (the default architecture with random weights, to
 * measure throughput only); neither means the trained default model shipped in fer-models. Used as
 * an exclusive picocli argument group, so giving both is a usage error.
 */
public final class VideoModel {

    @Option(names = "--model", paramLabel = "DIR", description = "A saved model directory (default: the shipped model).")
    private Path dir;

    @Option(names = "--untrained", description = "Random weights, to measure speed only.")
    private boolean untrained;

    /** The shipped default or an {@code .onnx} file on ONNX Runtime, flip averaging on like the PyTorch default. */
    private static EmotionModel openOnnx(VideoModel choice, PrintStream out) throws IOException {
        if (choice != null && choice.untrained) {
            throw new IOException("--untrained builds a PyTorch network: use it with --runtime pytorch");
        }
        String name = choice != null && choice.dir != null ? choice.dir.toString() : ModelRuntime.DEFAULT;
        EmotionModel model = RuntimeChoice.ONNX.runtime().orElseThrow().open(name, true);
        out.println("Model: " + name + " on ONNX Runtime");
        return model;
    }

    /**
     * Loads the chosen model (the default when {@code choice} is null) on the chosen runtime and says on
     * {@code out} which one it is. Unless set on the command line, PyTorch gets one intra-op and one inter-op thread:
     * streaming scores one small face at a time, where more threads only wait for each other (on a
     * busy 2-core machine two threads made each frame about 30 times slower than one).
     *
     * @throws IOException when the model cannot be loaded, naming it and what to pass instead
     */
    static EmotionModel open(VideoModel choice, RuntimeChoice runtime, PrintStream out) throws IOException {
        if (runtime == RuntimeChoice.ONNX) {
            return openOnnx(choice, out);
        }
        for (String threads : new String[] {"ai.djl.pytorch.num_threads", "ai.djl.pytorch.num_interop_threads"}) {
            if (System.getProperty(threads) == null) {
                System.setProperty(threads, "1");
            }
        }
        if (choice != null && choice.dir != null) {
            try {
                EmotionRecognizer recognizer = EmotionRecognizer.load(choice.dir);
                out.println("Model: " + recognizer.card().name() + " from " + choice.dir + " (" + recognizer.spec() + ")");
                return recognizer;
            } catch (IOException e) {
                throw new IOException("Cannot load the model in " + choice.dir + ": " + e.getMessage(), e);
            }
        }
        if (choice != null && choice.untrained) {
            EmotionRecognizer recognizer = EmotionRecognizer.builder().build();
            out.println("Model: UNTRAINED " + recognizer.spec()
                    + " - same cost as the trained model, but its emotions are random: use it to measure speed only");
            return recognizer;
        }
        try {
            EmotionRecognizer recognizer = EmotionRecognizer.pretrained();
            out.println("Model: the shipped default model, " + recognizer.card().name());
            return recognizer;
        } catch (IOException e) {
            throw new IOException("This fer-models build has no trained default model (" + e.getMessage()
                    + "). Pass --model DIR with a saved model, or --untrained to measure speed with random weights.", e);
        }
    }
}
