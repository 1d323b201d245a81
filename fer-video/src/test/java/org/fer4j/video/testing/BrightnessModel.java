package org.fer4j.video.testing;

import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.PerFrameEmotionModel;

/**
 * Test double, not a model: the face crop's mean brightness m decides the scores, via the softmax
 * of logits {@code happy = 20 (m - 0.3)}, {@code sad = -20 (m - 0.3)} and 0 for the other
 * classes, so a bright face reads as happy and a dim one as sad. It has no temporal state: a clip
 * scores as its last frame. Wrap it in a {@link RecordingModel} to see what the pipeline fed it.
 */
public final class BrightnessModel extends PerFrameEmotionModel {

    private boolean closed;

    /** The scores this double gives a crop of mean brightness {@code mean}. */
    public static EmotionScores scoresFor(double mean) {
        float[] logits = new float[LabelSet.FER2013.size()];
        logits[3] = (float) (20 * (mean - 0.3));
        logits[4] = (float) (-20 * (mean - 0.3));
        return EmotionScores.fromLogits(LabelSet.FER2013, logits);
    }

    @Override
    public LabelSet labels() {
        return LabelSet.FER2013;
    }

    @Override
    public EmotionScores predict(GrayImage face) {
        double sum = 0;
        for (float p : face.pixels()) {
            sum += p;
        }
        return scoresFor(sum / (face.width() * face.height()));
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
