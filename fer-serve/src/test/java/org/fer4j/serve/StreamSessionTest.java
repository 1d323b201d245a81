package org.fer4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.fer4j.detect.BlazeFaceDetector;
import org.fer4j.inference.OnnxEmotionModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One client's session closed from every side: the socket, the server, and its own failing reply. */
class StreamSessionTest {

    private static OnnxEmotionModel onnx;
    private static List<byte[]> frames;

    @BeforeAll
    static void load() throws IOException {
        frames = SampleMedia.clipJpegs(320);
        onnx = OnnxEmotionModel.pretrained();
    }

    @AfterAll
    static void unload() {
        if (onnx != null) {
            onnx.close();
        }
    }

    @Test
    void aReplyThatFailsBecauseTheClientWentClosesTheSessionWithoutHangingItsWorker() throws Exception {
        CountingModel model = new CountingModel(onnx);
        ExecutorService workers = Executors.newSingleThreadExecutor();
        AtomicInteger onClosedRuns = new AtomicInteger();
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<StreamSession> session = new AtomicReference<>();
        List<String> replies = new CopyOnWriteArrayList<>();
        try (BlazeFaceDetector detector = BlazeFaceDetector.create()) {
            // Jetty reports a send to a vanished client as an error, on the sending thread: the frame's own worker
            session.set(new StreamSession("gone", model, detector, ServeLimits.defaults(), Optional.empty(), workers,
                    reply -> {
                        replies.add(reply);
                        session.get().close();
                    },
                    () -> {
                        onClosedRuns.incrementAndGet();
                        closed.countDown();
                    }));

            session.get().onFrame(frames.get(0), System.nanoTime());

            assertThat(closed.await(30, TimeUnit.SECONDS)).as("the session finished closing").isTrue();
            workers.shutdown();
            assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).as("the worker is free again").isTrue();
            assertThat(model.opened.get()).as("the frame opened a face stream").isPositive();
            assertThat(model.closed.get()).isEqualTo(model.opened.get());
            assertThat(replies).first().asString().contains("\"type\":\"frame\"");

            session.get().close();
            session.get().onFrame(frames.get(1), System.nanoTime());
            assertThat(onClosedRuns.get()).as("the owner is told once").isEqualTo(1);
            assertThat(model.opened.get()).as("a closed session takes no more frames").isEqualTo(model.closed.get());
        } finally {
            workers.shutdownNow();
        }
    }
}
