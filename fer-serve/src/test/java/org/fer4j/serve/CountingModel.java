package org.fer4j.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;

/** A real model that counts the face streams opened and closed through it. */
final class CountingModel implements EmotionModel {

    private final EmotionModel model;
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();

    CountingModel(EmotionModel model) {
        this.model = model;
    }

    @Override
    public LabelSet labels() {
        return model.labels();
    }

    @Override
    public EmotionScores predict(GrayImage face) {
        return model.predict(face);
    }

    @Override
    public List<EmotionScores> predictAll(List<GrayImage> faces) {
        return model.predictAll(faces);
    }

    @Override
    public EmotionScores predict(Clip clip) {
        return model.predict(clip);
    }

    @Override
    public EmotionStream openStream() {
        EmotionStream stream = model.openStream();
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

    @Override
    public void close() {
        model.close();
    }
}
