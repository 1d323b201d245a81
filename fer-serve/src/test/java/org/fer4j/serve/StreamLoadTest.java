package org.fer4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback, excluded from the default build (tag {@code load}): 8 stream
 * clients each send the sample clip's 320 px JPEG frames at 10 frames/s for 60 s (open loop: on
 * schedule, whether or not replies are back), and the per-frame latency (send to reply), errors,
 * drops and the server JVM's heap and RSS are written to {@code results/stream-load.md}. Run with
 * {@code mvn -B -o -pl fer-serve -am verify -Dserve.excludedGroups=none -Dgroups=load -Dtest=StreamLoadTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dfer4j.load.seconds=N} shortens it.
 */
@Tag("load")
class StreamLoadTest {

    private static final int CLIENTS = Integer.getInteger("fer4j.load.clients", 8);
    private static final int FPS = 10;

    @Test
    void eightClientsAtTenFramesPerSecondForAMinute() throws Exception {
        int seconds = Integer.getInteger("fer4j.load.seconds", 60);
        List<byte[]> frames = SampleMedia.clipJpegs(320);
        int perClient = seconds * FPS;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger dropped = new AtomicInteger();
        AtomicInteger missing = new AtomicInteger();
        HttpClient http = HttpClient.newHttpClient();
        try (FerServer server = FerServer.builder().optPort(0).build().start()) {
            Memory start = Memory.now();
            ScheduledExecutorService senders = Executors.newScheduledThreadPool(CLIENTS);
            ExecutorService receivers = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            long began = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                StreamClient client = StreamClient.connect(http, server);
                ConcurrentHashMap<Long, Long> sentAt = new ConcurrentHashMap<>();
                AtomicInteger next = new AtomicInteger();
                CountDownLatch allSent = new CountDownLatch(1);
                ScheduledFuture<?>[] schedule = new ScheduledFuture<?>[1];
                schedule[0] = senders.scheduleAtFixedRate(() -> {
                    int i = next.getAndIncrement();
                    if (i >= perClient) {
                        allSent.countDown();
                        schedule[0].cancel(false);
                        return;
                    }
                    sentAt.put((long) i, System.nanoTime());
                    client.send(frames.get(i % frames.size()));
                }, c * 100L / CLIENTS, 1000 / FPS, TimeUnit.MILLISECONDS);
                done.add(receivers.submit(() -> {
                    try (client) {
                        for (int received = 0; received < perClient; received++) {
                            JsonObject reply = client.reply(60);
                            long arrived = System.nanoTime();
                            String type = reply.get("type").getAsString();
                            if (type.equals("error")) {
                                errors.incrementAndGet();
                            } else if (type.equals("dropped")) {
                                dropped.incrementAndGet();
                            }
                            Long sent = sentAt.remove(reply.get("frame").getAsLong());
                            if (sent != null && type.equals("frame")) {
                                latencies.add(arrived - sent);
                            }
                        }
                        allSent.await();
                    } catch (AssertionError e) {
                        missing.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : done) {
                client.get(seconds + 300L, TimeUnit.SECONDS);
            }
            double wall = (System.nanoTime() - began) / 1e9;
            senders.shutdownNow();
            receivers.shutdownNow();
            Memory end = Memory.now();
            String report = report(seconds, wall, latencies, errors.get(), dropped.get(), missing.get(), start, end);
            System.out.println(report);
            Files.createDirectories(Path.of("results"));
            Files.writeString(Path.of("results/stream-load.md"), report);

            assertThat(errors.get()).isZero();
            assertThat(missing.get()).as("clients that stopped getting replies").isZero();
            assertThat(latencies).isNotEmpty();
        }
    }

    private static String report(int seconds, double wall, List<Long> latencies, int errors, int dropped, int missing,
            Memory start, Memory end) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int sent = CLIENTS * FPS * seconds;
        return String.format(Locale.ROOT, """
                # fer-serve stream load test

                %s, `StreamLoadTest` (tag `load`): %d WebSocket clients on loopback, each sending the shipped
                sample clip's frames as 320 px JPEGs at %d frames/s (open loop) for %d s, to one `FerServer`
                (default model cnn-rnn-augmented, BlazeFace, default limits) in the same JVM. Machine: %d cores,
                shared with other builds and a background training run while this ran, so the numbers are a
                floor, not a benchmark.

                Command: `mvn -B -o -pl fer-serve -am verify -Dserve.excludedGroups=none -Dgroups=load -Dtest=StreamLoadTest -Dsurefire.failIfNoSpecifiedTests=false`

                | measure | value |
                |---|---|
                | frames sent | %d |
                | frames scored (replies of type frame) | %d |
                | frames dropped (over the rate limit, or replaced by a newer frame while the server was busy) | %d |
                | errors | %d |
                | clients that stopped getting replies | %d |
                | wall time | %.1f s |
                | latency p50 (send to reply) | %.1f ms |
                | latency p95 | %.1f ms |
                | latency max | %.1f ms |
                | heap used after GC, start -> end | %.1f MiB -> %.1f MiB |
                | RSS, start -> end | %.1f MiB -> %.1f MiB |
                """, Instant.now(), CLIENTS, FPS, seconds, Runtime.getRuntime().availableProcessors(), sent, sorted.size(),
                dropped, errors, missing, wall, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 1.0),
                start.heapMiB, end.heapMiB, start.rssMiB, end.rssMiB);
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** Heap used after a GC and the process's resident set, in MiB. */
    private record Memory(double heapMiB, double rssMiB) {

        static Memory now() throws IOException {
            System.gc();
            double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
            double rss = Double.NaN;
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return new Memory(heap, rss);
        }
    }
}
