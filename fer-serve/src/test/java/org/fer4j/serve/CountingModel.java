package org.fer4j.serve;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.ForwardingEmotionModel;
import org.fer4j.core.GrayImage;

/** A real model that counts the face streams opened and closed through it; closing may be made slow. */
final class CountingModel extends ForwardingEmotionModel {

    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    private final Duration closeTime;

    CountingModel(EmotionModel model) {
        this(model, Duration.ZERO);
    }

    /** Each stream takes {@code closeTime} to close, as one holding native memory might. */
    CountingModel(EmotionModel model, Duration closeTime) {
        super(model);
        this.closeTime = closeTime;
    }

    @Override
    public EmotionStream openStream() {
        EmotionStream stream = delegate().openStream();
        opened.incrementAndGet();
        return new EmotionStream() {
            private boolean done;

            @Override
            public EmotionScores next(GrayImage face) {
                return stream.next(face);
            }

            @Override
            public void reset() {
                stream.reset();
            }

            @Override
            public int framesSeen() {
                return stream.framesSeen();
            }

            @Override
            public void close() {
                if (!done) {
                    done = true;
                    pause(closeTime);
                    closed.incrementAndGet();
                }
                stream.close();
            }
        };
    }

    private static void pause(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
