package org.fer4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/** The WebSocket frame stream: tracked boxes and labels per frame, change events, limits, streams closed from every side. */
class StreamTest {

    private static OnnxEmotionModel onnx;
    private static List<byte[]> frames;
    private final HttpClient http = HttpClient.newHttpClient();

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
    void framesGetTrackedBoxesAndLabelsAndTheFirstEmotionIsPushed() throws Exception {
        CountingModel model = new CountingModel(onnx);
        try (FerServer server = server(model, ServeLimits.builder().optMaxFramesPerSecond(120).build());
                StreamClient client = StreamClient.connect(http, server)) {
            Set<Integer> tracks = new HashSet<>();
            int withFaces = 0;
            for (int i = 0; i < Math.min(40, frames.size()); i++) {
                client.send(frames.get(i));
                JsonObject reply = client.reply(30);
                assertThat(reply.get("type").getAsString()).isEqualTo("frame");
                assertThat(reply.get("frame").getAsLong()).isEqualTo(i);
                assertThat(reply.get("width").getAsInt()).isEqualTo(320);
                JsonArray faces = reply.getAsJsonArray("faces");
                for (var element : faces) {
                    JsonObject face = element.getAsJsonObject();
                    tracks.add(face.get("track").getAsInt());
                    assertThat(face.getAsJsonArray("box")).hasSize(4);
                    assertThat(onnx.labels().toString()).contains(face.get("emotion").getAsString());
                }
                withFaces += faces.isEmpty() ? 0 : 1;
            }
            assertThat(withFaces).as("frames of the one-face clip with a face").isGreaterThanOrEqualTo(30);
            assertThat(tracks).as("the clip's one face keeps its track").hasSizeLessThanOrEqualTo(2);
            assertThat(server.openFaceStreams()).isPositive();
            assertThat(client.changes()).isNotEmpty();
            JsonObject first = client.changes().get(0);
            assertThat(first.get("from").isJsonNull()).isTrue();
            assertThat(first.get("to").getAsString()).isNotBlank();
            assertThat(tracks).contains(first.get("track").getAsInt());
        }
    }

    @Test
    void closingTheSocketClosesEveryFaceStreamOfTheConnectionBeforeTheClientIsGone() throws Exception {
        CountingModel model = new CountingModel(onnx, Duration.ofMillis(300));
        try (FerServer server = server(model, ServeLimits.builder().optMaxFramesPerSecond(120).build())) {
            StreamClient client = StreamClient.connect(http, server);
            for (int i = 0; i < 10; i++) {
                client.send(frames.get(i));
                client.reply(30);
            }
            assertThat(model.opened.get()).isPositive();
            assertThat(server.streamClients()).isEqualTo(1);

            client.close();

            awaitTrue(() -> server.streamClients() == 0);
            assertThat(model.closed.get()).isEqualTo(model.opened.get());
            assertThat(server.openFaceStreams()).isZero();
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

    @Test
    void framesOverTheRateLimitAreDroppedAndSaidSo() throws Exception {
        try (FerServer server = server(onnx, ServeLimits.builder().optMaxFramesPerSecond(2).build());
                StreamClient client = StreamClient.connect(http, server)) {
            for (int i = 0; i < 8; i++) {
                client.send(frames.get(i));
            }
            int overRate = 0;
            Set<Long> replied = new HashSet<>();
            for (int i = 0; i < 8; i++) {
                JsonObject reply = client.reply(30);
                assertThat(replied.add(reply.get("frame").getAsLong())).as("one reply per frame").isTrue();
                if (reply.get("type").getAsString().equals("dropped")) {
                    overRate += reply.get("reason").getAsString().equals("over the limit of 2 frames/s") ? 1 : 0;
                }
            }
            assertThat(overRate).as("frames over a burst of 2 at 2 frames/s").isBetween(5, 6);
        }
    }

    @Test
    void aBusyServerKeepsOnlyTheNewestWaitingFrameAndScoresTheLastOne() throws Exception {
        try (FerServer server = server(onnx, ServeLimits.builder().optMaxFramesPerSecond(120).build());
                StreamClient client = StreamClient.connect(http, server)) {
            int sent = 30;
            for (int i = 0; i < sent; i++) {
                client.send(frames.get(i));
            }
            Set<Long> replied = new HashSet<>();
            long replaced = 0;
            JsonObject last = null;
            for (int i = 0; i < sent; i++) {
                JsonObject reply = client.reply(30);
                assertThat(replied.add(reply.get("frame").getAsLong())).as("one reply per frame").isTrue();
                if (reply.get("type").getAsString().equals("dropped")) {
                    assertThat(reply.get("reason").getAsString()).isEqualTo("replaced by a newer frame while the server was busy");
                    replaced++;
                }
                if (reply.get("frame").getAsLong() == sent - 1) {
                    last = reply;
                }
            }
            assertThat(replaced).as("frames sent faster than scored are replaced").isPositive();
            assertThat(last).isNotNull();
            assertThat(last.get("type").getAsString()).as("the newest frame is never replaced").isEqualTo("frame");
        }
    }

    @Test
    void aBadFrameGetsAnErrorAndTheStreamGoesOn() throws Exception {
        try (FerServer server = server(onnx, ServeLimits.builder().optMaxFramesPerSecond(120).build());
                StreamClient client = StreamClient.connect(http, server)) {
            client.send("not a picture".getBytes());
            JsonObject error = client.reply(30);
            assertThat(error.get("type").getAsString()).isEqualTo("error");
            assertThat(error.get("status").getAsInt()).isEqualTo(415);
            assertThat(error.get("error").getAsString()).startsWith("frame 0 is not an image");

            client.send(frames.get(0));
            assertThat(client.reply(30).get("type").getAsString()).isEqualTo("frame");
        }
    }

    @Test
    void aClientOverTheClientLimitIsRefusedWith1013() throws Exception {
        try (FerServer server = server(onnx, ServeLimits.builder().optMaxClients(1).build());
                StreamClient first = StreamClient.connect(http, server)) {
            awaitTrue(() -> server.streamClients() == 1);
            StreamClient second = StreamClient.connect(http, server);

            assertThat(second.closeCode().get(10, TimeUnit.SECONDS)).isEqualTo(1013);
            first.send(frames.get(0));
            assertThat(first.reply(30).get("type").getAsString()).isEqualTo("frame");
        }
    }

    @Test
    void theAttentionModelSendsWhereItLookedWithEachFrame() throws Exception {
        try (FerServer server = FerServer.builder().optPort(0).optVariant("cnn-attention")
                        .optLimits(ServeLimits.builder().optMaxFramesPerSecond(120).build()).build().start();
                StreamClient client = StreamClient.connect(http, server)) {
            JsonObject withAttention = null;
            for (int i = 0; i < 10 && withAttention == null; i++) {
                client.send(frames.get(i));
                JsonObject reply = client.reply(30);
                withAttention = reply.has("attention") ? reply : null;
            }
            assertThat(withAttention).as("a frame with a face carries an attention map").isNotNull();
            JsonObject attention = withAttention.getAsJsonObject("attention");
            int side = attention.get("side").getAsInt();
            assertThat(attention.getAsJsonArray("weights")).hasSize(side * side);
            double sum = 0;
            for (var w : attention.getAsJsonArray("weights")) {
                assertThat(w.getAsDouble()).isGreaterThanOrEqualTo(0);
                sum += w.getAsDouble();
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(0.01));
            assertThat(attention.get("track").getAsInt())
                    .isEqualTo(withAttention.getAsJsonArray("faces").get(0).getAsJsonObject().get("track").getAsInt());
        }
    }

    @Test
    void theDefaultModelSendsNoAttention() throws Exception {
        try (FerServer server = server(onnx, ServeLimits.defaults()); StreamClient client = StreamClient.connect(http, server)) {
            client.send(frames.get(0));
            JsonObject reply = client.reply(30);
            assertThat(reply.getAsJsonArray("faces")).isNotEmpty();
            assertThat(reply.has("attention")).isFalse();
        }
    }

    private static FerServer server(org.fer4j.core.EmotionModel model, ServeLimits limits) throws IOException {
        return FerServer.builder().optPort(0).optModel(model).optLimits(limits).build().start();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
