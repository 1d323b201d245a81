package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.models.nn.EmotionNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a recognizer does when it is shared by threads and when it is closed, idle or busy. */
class RecognizerLifecycleTest {

    private static EmotionRecognizer tiny(boolean flip) {
        return EmotionRecognizer.builder()
                .spec(SyntheticFaces.tinySpec(Temporal.LSTM, true))
                .flipAveraging(flip)
                .build();
    }

    private static void assertClosed(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(IllegalStateException.class).hasMessage("EmotionRecognizer is closed");
    }

    @Test
    void afterCloseEveryCallThrowsIllegalStateExceptionAndRunsNothing(@TempDir Path dir) {
        CountingBlock block = new CountingBlock(EmotionNet.of(SyntheticFaces.tinySpec(Temporal.GRU, false)), false);
        EmotionRecognizer recognizer = EmotionRecognizer.builder()
                .spec(SyntheticFaces.tinySpec(Temporal.GRU, false)).block(block).flipAveraging(true).build();
        Clip clip = MovingFaces.clip(3, SyntheticFaces.SIDE, 1);
        EmotionStream openBefore = recognizer.openStream();
        openBefore.next(clip.frame(0));
        int forwardsBeforeClose = block.forwards.get();

        recognizer.close();

        assertClosed(() -> recognizer.predict(clip.frame(0)));
        assertClosed(() -> recognizer.predict(clip));
        assertClosed(() -> recognizer.explain(clip));
        assertClosed(() -> recognizer.predictAll(List.of(clip.frame(0), clip.frame(1))));
        assertClosed(() -> recognizer.predictDataset(SyntheticFaces.dataset(3, 1, 1)));
        assertClosed(recognizer::openStream);
        assertClosed(() -> recognizer.save(dir));
        assertClosed(() -> recognizer.loadParameters(dir.resolve("model.params")));
        assertClosed(recognizer::trainer);
        assertClosed(recognizer::block);
        assertClosed(recognizer::zooModel);
        assertClosed(() -> openBefore.next(clip.frame(1)));
        assertClosed(openBefore::reset);
        openBefore.close();
        recognizer.close();
        assertThat(block.forwards.get()).as("forward passes after close").isEqualTo(forwardsBeforeClose);
        assertThat(dir).isEmptyDirectory();
        assertThat(recognizer.labels().size()).as("descriptive getters still answer").isEqualTo(7);
    }

    @Test
    void eightThreadsSharingOneRecognizerGiveBitIdenticalScoresToASerialRunOverTenThousandCalls() throws Exception {
        List<GrayImage> faces = new ArrayList<>();
        for (int seed = 0; seed < 50; seed++) {
            faces.add(MovingFaces.clip(1, SyntheticFaces.SIDE, seed).frame(0));
        }
        int calls = 10_000;
        try (EmotionRecognizer recognizer = tiny(true)) {
            List<float[]> serial = new ArrayList<>();
            for (GrayImage face : faces) {
                serial.add(recognizer.predict(face).toArray());
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<float[]>> futures = new ArrayList<>(calls);
                for (int i = 0; i < calls; i++) {
                    GrayImage face = faces.get(i % faces.size());
                    futures.add(pool.submit(() -> recognizer.predict(face).toArray()));
                }
                for (int i = 0; i < calls; i++) {
                    assertThat(futures.get(i).get()).as("call %d", i).containsExactly(serial.get(i % faces.size()));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void streamsOnSeparateThreadsEachGiveTheSerialStreamsScores() throws Exception {
        Clip clip = MovingFaces.clip(8, SyntheticFaces.SIDE, 5);
        try (EmotionRecognizer recognizer = tiny(true)) {
            List<float[]> serial = streamAll(recognizer, clip);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<float[]>>> runs = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    runs.add(pool.submit(() -> streamAll(recognizer, clip)));
                }
                for (Future<List<float[]>> run : runs) {
                    List<float[]> scores = run.get();
                    for (int t = 0; t < serial.size(); t++) {
                        assertThat(scores.get(t)).as("frame %d", t).containsExactly(serial.get(t));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static List<float[]> streamAll(EmotionRecognizer recognizer, Clip clip) {
        List<float[]> scores = new ArrayList<>();
        try (EmotionStream stream = recognizer.openStream()) {
            for (GrayImage frame : clip.frames()) {
                scores.add(stream.next(frame).toArray());
            }
        }
        return scores;
    }

    @Test
    void closingWhileThreadsPredictAndStreamLetsCallsInFlightFinishAndFailsTheRestAsClosed() throws Exception {
        Clip clip = MovingFaces.clip(4, SyntheticFaces.SIDE, 9);
        EmotionRecognizer recognizer = tiny(true);
        EmotionScores expected = recognizer.predict(clip);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch running = new CountDownLatch(4);
        List<Future<String>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            boolean streaming = w % 2 == 1;
            workers.add(pool.submit(() -> {
                running.countDown();
                int ok = 0;
                try (EmotionStream stream = streaming ? recognizer.openStream() : null) {
                    while (true) {
                        if (streaming) {
                            stream.next(clip.frame(ok % 4));
                        } else {
                            assertThat(recognizer.predict(clip).toArray()).containsExactly(expected.toArray());
                        }
                        ok++;
                    }
                } catch (IllegalStateException e) {
                    return e.getMessage() + " after " + ok;
                }
            }));
        }
        running.await();
        Thread.sleep(300);
        recognizer.close();
        for (Future<String> worker : workers) {
            assertThat(worker.get(30, TimeUnit.SECONDS)).startsWith("EmotionRecognizer is closed after ");
        }
        pool.shutdownNow();
        assertClosed(() -> recognizer.predict(clip));
    }
}
