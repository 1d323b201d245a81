package org.fer4j.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.junit.jupiter.api.Test;

/** One model shared by many threads gives exactly the serial scores, and close waits for calls in flight. */
class OnnxConcurrencyTest {

    private static final int THREADS = 8;

    @Test
    void eightThreadsGiveBitIdenticalScoresToASerialRun() throws Exception {
        List<GrayImage> faces = TestFaces.faces(16, 48, 21);
        int callsPerThread = 1250;
        try (OnnxEmotionModel fer = OnnxEmotionModel.builder().setVariant("cnn-rnn").build()) {
            List<float[]> serial = faces.stream().map(f -> fer.predict(f).toArray()).toList();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int offset = t;
                    results.add(pool.submit(() -> {
                        int mismatches = 0;
                        for (int i = 0; i < callsPerThread; i++) {
                            int face = (i + offset) % faces.size();
                            mismatches += java.util.Arrays.equals(fer.predict(faces.get(face)).toArray(), serial.get(face))
                                    ? 0 : 1;
                        }
                        return mismatches;
                    }));
                }
                int mismatches = 0;
                for (Future<Integer> result : results) {
                    mismatches += result.get();
                }
                assertThat(mismatches).as("calls of %d differing from the serial run", THREADS * callsPerThread).isZero();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void streamsOnSeparateThreadsEachMatchTheirOwnSerialRun() throws Exception {
        List<GrayImage> frames = TestFaces.faces(12, 48, 22);
        try (OnnxEmotionModel fer = OnnxEmotionModel.pretrained()) {
            List<float[]> serial = new ArrayList<>();
            try (EmotionStream stream = fer.openStream()) {
                frames.forEach(f -> serial.add(stream.next(f).toArray()));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    results.add(pool.submit(() -> {
                        try (EmotionStream stream = fer.openStream()) {
                            for (int i = 0; i < frames.size(); i++) {
                                if (!java.util.Arrays.equals(stream.next(frames.get(i)).toArray(), serial.get(i))) {
                                    return false;
                                }
                            }
                            return true;
                        }
                    }));
                }
                for (Future<Boolean> result : results) {
                    assertThat(result.get()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void closingWhileOtherThreadsScoreLetsTheirCallsFinishOrFailCleanly() throws Exception {
        GrayImage face = TestFaces.faces(1, 48, 23).get(0);
        OnnxEmotionModel fer = OnnxEmotionModel.pretrained();
        AtomicInteger scored = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                workers.add(pool.submit(() -> {
                    while (true) {
                        try {
                            fer.predict(face);
                            scored.incrementAndGet();
                        } catch (IllegalStateException e) {
                            assertThat(e).hasMessageContaining("closed");
                            refused.incrementAndGet();
                            return;
                        }
                    }
                }));
            }
            while (scored.get() < 20) {
                Thread.sleep(5);
            }
            fer.close();
            for (Future<?> worker : workers) {
                worker.get();
            }
            assertThat(refused.get()).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }
}
