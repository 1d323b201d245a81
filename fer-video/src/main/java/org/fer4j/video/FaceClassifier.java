package org.fer4j.video;

import org.fer4j.core.LabelSet;
import org.fer4j.core.preprocess.FacePreprocessor;

/**
 * Classifies faces one at a time for the video pipeline; each tracked face gets its own {@link
 * FaceSession} so that a temporal model can carry state (e.g. an RNN hidden state) between frames.
 */
public interface FaceClassifier extends AutoCloseable {

    /** The classes every session's scores are over. */
    LabelSet labels();

    /** The side of the square gray face crop each session expects (48 for the FER2013 models). */
    default int inputSide() {
        return FacePreprocessor.DEFAULT_SIDE;
    }

    /** Opens a per-track session that keeps temporal state between the frames of one face. */
    FaceSession openSession();

    /** Releases the classifier's resources; sessions must not be used afterwards. */
    @Override
    void close();
}
