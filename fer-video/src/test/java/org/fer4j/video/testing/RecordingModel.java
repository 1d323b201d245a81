package org.fer4j.video.testing;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.ForwardingEmotionModel;
import org.fer4j.core.GrayImage;

/**
 * Test decorator around any {@link EmotionModel}: scores come from the wrapped model unchanged,
 * and every stream it opens remembers the crops it was fed, what it returned and whether it was
 * closed, so tests can check what the pipeline did; it also adds up the time spent in the wrapped
 * streams, for probes. Does not close the wrapped model.
 */
public final class RecordingModel extends ForwardingEmotionModel {

    private final boolean keepFaces;
    private final List<RecordingStream> streams = new ArrayList<>();
    private long streamNanos;

    /** Records the streams of {@code model}, with every crop and score. */
    public RecordingModel(EmotionModel model) {
        this(model, true);
    }

    private RecordingModel(EmotionModel model, boolean keepFaces) {
        super(model);
        this.keepFaces = keepFaces;
    }

    /** Records only the time spent in {@code model}'s streams, for long runs where memory is measured. */
    public static RecordingModel timingOnly(EmotionModel model) {
        return new RecordingModel(model, false);
    }

    /** Nanoseconds spent in the wrapped streams' {@code next} so far. */
    public long streamNanos() {
        return streamNanos;
    }

    /** Sets the time counter back to zero. */
    public void resetTiming() {
        streamNanos = 0;
    }

    /** Every stream opened so far, in order. */
    public List<RecordingStream> streams() {
        return streams;
    }

    @Override
    public EmotionStream openStream() {
        RecordingStream stream = new RecordingStream(delegate().openStream());
        streams.add(stream);
        return stream;
    }

    /** Leaves the wrapped model open: it stays its owner's. */
    @Override
    public void close() {}

    /** A stream that remembers the crops it was fed since its last reset and whether it was closed. */
    public final class RecordingStream implements EmotionStream {

        private final EmotionStream stream;
        private final List<GrayImage> faces = new ArrayList<>();
        private final List<EmotionScores> scores = new ArrayList<>();
        private boolean closed;

        private RecordingStream(EmotionStream stream) {
            this.stream = stream;
        }

        @Override
        public EmotionScores next(GrayImage face) {
            if (closed) {
                throw new IllegalStateException("stream used after close");
            }
            long start = System.nanoTime();
            EmotionScores result = stream.next(face);
            streamNanos += System.nanoTime() - start;
            if (keepFaces) {
                faces.add(face);
                scores.add(result);
            }
            return result;
        }

        @Override
        public void reset() {
            stream.reset();
            faces.clear();
            scores.clear();
        }

        @Override
        public int framesSeen() {
            return stream.framesSeen();
        }

        /** The crops received since the last reset, in order (none when {@link #timingOnly timing only}). */
        public List<GrayImage> faces() {
            return faces;
        }

        /** The scores returned since the last reset, in order. */
        public List<EmotionScores> scores() {
            return scores;
        }

        /** Whether the pipeline closed this stream. */
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
            stream.close();
        }
    }
}
