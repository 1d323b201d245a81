package org.fer4j.examples.video;

import java.io.IOException;
import java.nio.file.Path;
import org.fer4j.core.EmotionModel;
import org.fer4j.models.EmotionRecognizer;

/**
 * Which model a video example runs: {@code --model DIR} (a model saved with {@code
 * EmotionRecognizer.save}), {@code --untrained} (the default architecture with random weights, to
 * measure throughput only), or else the trained default model shipped in fer-models.
 */
final class ModelChoice {

    private ModelChoice() {}

    /**
     * Loads the chosen model and says on stdout which one it is; ends the example when there is none.
     * Unless set on the command line, PyTorch gets one intra-op and one inter-op thread: streaming
     * scores one small face at a time, where more threads only wait for each other (on a busy 2-core
     * machine two threads made each frame about 30 times slower than one).
     */
    static EmotionModel open(CommandLine args) {
        for (String threads : new String[] {"ai.djl.pytorch.num_threads", "ai.djl.pytorch.num_interop_threads"}) {
            if (System.getProperty(threads) == null) {
                System.setProperty(threads, "1");
            }
        }
        Path dir = args.path("model", null);
        if (dir != null && args.flag("untrained")) {
            throw new ExampleExit(ExampleExit.USAGE, "Pass either --model DIR or --untrained, not both");
        }
        if (dir != null) {
            try {
                EmotionRecognizer recognizer = EmotionRecognizer.load(dir);
                System.out.println("Model: " + recognizer.card().name() + " from " + dir + " (" + recognizer.spec() + ")");
                return recognizer;
            } catch (IOException e) {
                throw new ExampleExit(ExampleExit.NO_MODEL, "Cannot load the model in " + dir + ": " + e.getMessage());
            }
        }
        if (args.flag("untrained")) {
            EmotionRecognizer recognizer = EmotionRecognizer.builder().build();
            System.out.println("Model: UNTRAINED " + recognizer.spec()
                    + " - same cost as the trained model, but its emotions are random: use it to measure speed only");
            return recognizer;
        }
        try {
            EmotionRecognizer recognizer = EmotionRecognizer.pretrained();
            System.out.println("Model: the shipped default model, " + recognizer.card().name());
            return recognizer;
        } catch (IOException e) {
            throw new ExampleExit(ExampleExit.NO_MODEL, "This fer-models build has no trained default model ("
                    + e.getMessage() + "). Pass --model DIR with a saved model, or --untrained to measure speed "
                    + "with random weights.");
        }
    }
}
