package org.fer4j.serve;

import java.util.concurrent.atomic.AtomicInteger;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.ForwardingEmotionModel;
import org.fer4j.core.GrayImage;

/** A real model that counts the face streams opened and closed through it. */
final class CountingModel extends ForwardingEmotionModel {

    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();

    CountingModel(EmotionModel model) {
        super(model);
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
                    closed.incrementAndGet();
                }
                stream.close();
            }
        };
    }
}
