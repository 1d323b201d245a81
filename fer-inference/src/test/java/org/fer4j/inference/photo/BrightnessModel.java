package org.fer4j.inference.photo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;

/**
 * A fake emotion model: a bright face is happy, a dark one sad (probability of happy = mean
 * intensity). It records every face it scored and whether it was closed.
 */
final class BrightnessModel implements EmotionModel {

    final List<GrayImage> scored = Collections.synchronizedList(new ArrayList<>());
    volatile boolean closed;

    @Override
    public LabelSet labels() {
        return LabelSet.FER2013;
    }

    @Override
    public EmotionScores predict(GrayImage face) {
        scored.add(face);
        float[] pixels = face.pixels();
        float mean = 0;
        for (float p : pixels) {
            mean += p / pixels.length;
        }
        float[] probabilities = new float[7];
        probabilities[LabelSet.FER2013.indexOf(org.fer4j.core.Emotion.HAPPY)] = mean;
        probabilities[LabelSet.FER2013.indexOf(org.fer4j.core.Emotion.SAD)] = 1 - mean;
        return EmotionScores.normalizing(LabelSet.FER2013, probabilities);
    }

    @Override
    public List<EmotionScores> predictAll(List<GrayImage> faces) {
        return faces.stream().map(this::predict).toList();
    }

    @Override
    public EmotionScores predict(Clip clip) {
        throw new UnsupportedOperationException("the photo API scores single faces");
    }

    @Override
    public EmotionStream openStream() {
        throw new UnsupportedOperationException("the photo API scores single faces");
    }

    @Override
    public void close() {
        closed = true;
    }
}
