package org.fer4j.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.ModelSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of updating a video face's emotion when a new frame arrives, for the default CNN-LSTM
 * architecture: {@link #streamStep} runs the CNN on the new frame and the LSTM one step from the
 * carried state ({@link EmotionRecognizer#openStream()}), {@link #windowRerun} re-scores the last
 * {@code window} frames from scratch ({@code predict(Clip)}). Both start from a 48x48
 * {@link GrayImage} and go through the same translation, so the difference is the recomputation.
 * Flip averaging is off for both (a stream does not flip), and the weights are untrained since
 * they do not change the cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true", "-Xmx3g"})
public class StreamingBenchmark {

    private static final int FRAMES = 64;

    /** A recognizer of the default architecture and a pool of frames to feed it. */
    @State(Scope.Benchmark)
    public static class Frames {
        EmotionRecognizer recognizer;
        List<GrayImage> frames;

        /** Builds the recognizer and generates the frames. */
        @Setup(Level.Trial)
        public void setUp() {
            recognizer = EmotionRecognizer.builder().spec(ModelSpec.builder().build()).build();
            frames = GeneratedFaces.faces(FRAMES, recognizer.spec().inputSide(), 11);
        }

        /** Closes the recognizer. */
        @TearDown(Level.Trial)
        public void tearDown() {
            recognizer.close();
        }
    }

    /** An open stream that has seen one frame already, and where the next frame comes from. */
    @State(Scope.Thread)
    public static class Stream {
        EmotionStream stream;
        int next;

        /** Opens the stream. */
        @Setup(Level.Trial)
        public void setUp(Frames frames) {
            stream = frames.recognizer.openStream();
            stream.next(frames.frames.get(0));
            next = 1;
        }

        /** Closes the stream. */
        @TearDown(Level.Trial)
        public void tearDown() {
            stream.close();
        }
    }

    /** The clip of the last {@code window} frames. */
    @State(Scope.Thread)
    public static class Window {
        /** Frames re-scored per new frame. */
        @Param({"8", "16"})
        public int window;

        Clip clip;

        /** Builds the clip. */
        @Setup(Level.Trial)
        public void setUp(Frames frames) {
            clip = Clip.of(frames.frames.subList(0, window));
        }
    }

    /** One new frame into a stream with carried LSTM state: one CNN pass and one LSTM step. */
    @Benchmark
    public EmotionScores streamStep(Frames frames, Stream stream) {
        GrayImage frame = frames.frames.get(stream.next);
        stream.next = (stream.next + 1) % FRAMES;
        return stream.stream.next(frame);
    }

    /** One new frame handled by re-running the network over the last {@code window} frames. */
    @Benchmark
    public EmotionScores windowRerun(Frames frames, Window window) {
        return frames.recognizer.predict(window.clip);
    }
}
