package org.fer4j.models.train;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;

/**
 * A teacher that knows how {@code SyntheticFaces} draws class k (a bright square of side 2 + 2k)
 * and puts 0.7 on it, the rest spread evenly; it counts the faces it was asked about.
 */
class SquareSizeTeacher implements EmotionModel {

    final AtomicInteger facesScored = new AtomicInteger();

    @Override
    public LabelSet labels() {
        return LabelSet.FER2013;
    }

    @Override
    public EmotionScores predict(GrayImage face) {
        facesScored.incrementAndGet();
        int bright = 0;
        for (int y = 0; y < face.height(); y++) {
            for (int x = 0; x < face.width(); x++) {
                bright += face.get(x, y) >= 0.5f ? 1 : 0;
            }
        }
        int classes = labels().size();
        int label = Math.max(0, Math.min(classes - 1, ((int) Math.round(Math.sqrt(bright)) - 2) / 2));
        float[] p = new float[classes];
        java.util.Arrays.fill(p, 0.3f / (classes - 1));
        p[label] = 0.7f;
        return EmotionScores.of(labels(), p);
    }

    @Override
    public List<EmotionScores> predictAll(List<GrayImage> faces) {
        return faces.stream().map(this::predict).toList();
    }

    @Override
    public EmotionScores predict(Clip clip) {
        return predict(clip.frame(clip.length() - 1));
    }

    @Override
    public EmotionStream openStream() {
        return new EmotionStream() {
            private int frames;

            @Override
            public EmotionScores next(GrayImage face) {
                frames++;
                return predict(face);
            }

            @Override
            public void reset() {
                frames = 0;
            }

            @Override
            public int framesSeen() {
                return frames;
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public void close() {}
}
