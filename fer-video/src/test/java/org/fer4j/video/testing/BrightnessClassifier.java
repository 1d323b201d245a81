package org.fer4j.video.testing;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.video.FaceClassifier;
import org.fer4j.video.FaceSession;

/**
 * Test double, not a model: the face crop's mean brightness m decides the scores, via the softmax
 * of logits {@code happy = 20 (m - 0.3)}, {@code sad = -20 (m - 0.3)} and 0 for the other
 * classes, so a bright face reads as happy and a dim one as sad. Records the sessions
 * it opened and the crops each received, so tests can check what the pipeline fed it.
 */
public final class BrightnessClassifier implements FaceClassifier {

    private final List<RecordingSession> sessions = new ArrayList<>();
    private final boolean keepFaces;
    private boolean closed;

    /** A classifier whose sessions keep every crop they receive. */
    public BrightnessClassifier() {
        this(true);
    }

    private BrightnessClassifier(boolean keepFaces) {
        this.keepFaces = keepFaces;
    }

    /** A classifier whose sessions keep no crops, for long runs where memory is measured. */
    public static BrightnessClassifier withoutRecording() {
        return new BrightnessClassifier(false);
    }

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
    public FaceSession openSession() {
        RecordingSession session = new RecordingSession(keepFaces);
        sessions.add(session);
        return session;
    }

    /** Every session opened so far, in order. */
    public List<RecordingSession> sessions() {
        return sessions;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** A session that remembers the crops it was fed and whether it was closed. */
    public static final class RecordingSession implements FaceSession {

        private final List<GrayImage> faces = new ArrayList<>();
        private final boolean keepFaces;
        private boolean closed;

        private RecordingSession(boolean keepFaces) {
            this.keepFaces = keepFaces;
        }

        @Override
        public EmotionScores next(GrayImage face) {
            if (closed) {
                throw new IllegalStateException("session used after close");
            }
            if (keepFaces) {
                faces.add(face);
            }
            float[] pixels = face.pixels();
            double sum = 0;
            for (float p : pixels) {
                sum += p;
            }
            return scoresFor(sum / pixels.length);
        }

        /** The crops received, in order (none when made by {@link #withoutRecording()}). */
        public List<GrayImage> faces() {
            return faces;
        }

        /** Whether the pipeline closed this session. */
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
