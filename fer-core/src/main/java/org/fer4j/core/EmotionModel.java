package org.fer4j.core;

import java.util.List;

/**
 * What any emotion model offers an application: scores for single faces, batches and clips, and a
 * per-face stream that carries temporal state from frame to frame. Faces are grayscale crops of any
 * size; implementations resize them to their input size. Implementations are thread-safe.
 */
public interface EmotionModel extends AutoCloseable {

    /** The classes this model scores, in output order. */
    LabelSet labels();

    /** Scores one face crop. */
    EmotionScores predict(GrayImage face);

    /** Scores many face crops in batches; the result is in input order. */
    List<EmotionScores> predictAll(List<GrayImage> faces);

    /** Scores a clip of frames of one face as a whole. */
    EmotionScores predict(Clip clip);

    /**
     * Opens a stream for one tracked face: each {@link EmotionStream#next} adds one frame and costs
     * one frame's inference, with the temporal state carried over. Not thread-safe; one per track.
     */
    EmotionStream openStream();

    /** Frees the model's native resources. */
    @Override
    void close();
}
