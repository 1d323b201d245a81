package org.fer4j.video.stream;

import java.util.ArrayDeque;
import java.util.Deque;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;

/**
 * How per-frame scores are smoothed over time for each track, for models without temporal
 * state of their own (or to calm those with it). Immutable; each track gets a fresh {@link
 * ScoreSmoother}.
 */
public interface Smoothing {

    /** A fresh smoother for a new track. */
    ScoreSmoother newSmoother();

    /** No smoothing: the smoothed scores are the frame's scores. */
    static Smoothing none() {
        return None.INSTANCE;
    }

    /**
     * Exponential moving average {@code s = alpha * scores + (1 - alpha) * s}, starting from the
     * first frame; {@code alpha} in (0, 1], where 1 means no smoothing.
     */
    static Smoothing exponential(double alpha) {
        return new Exponential(alpha);
    }

    /** The mean of the last {@code frames} frames' scores (fewer while the track is young). */
    static Smoothing windowedMean(int frames) {
        return new WindowedMean(frames);
    }

    /** See {@link Smoothing#none()}. */
    enum None implements Smoothing {
        INSTANCE;

        @Override
        public ScoreSmoother newSmoother() {
            return scores -> scores;
        }

        @Override
        public String toString() {
            return "none";
        }
    }

    /** See {@link Smoothing#exponential(double)}. */
    record Exponential(double alpha) implements Smoothing {

        /** Validates alpha. */
        public Exponential {
            if (!(alpha > 0 && alpha <= 1)) {
                throw new IllegalArgumentException("Exponential smoothing alpha must be in (0, 1], got " + alpha);
            }
        }

        @Override
        public ScoreSmoother newSmoother() {
            return new ScoreSmoother() {
                private float[] state;

                @Override
                public EmotionScores smooth(EmotionScores scores) {
                    float[] p = scores.toArray();
                    if (state == null || state.length != p.length) {
                        state = p;
                    } else {
                        for (int i = 0; i < p.length; i++) {
                            state[i] = (float) (alpha * p[i] + (1 - alpha) * state[i]);
                        }
                    }
                    return normalised(scores.labels(), state);
                }
            };
        }
    }

    /** See {@link Smoothing#windowedMean(int)}. */
    record WindowedMean(int frames) implements Smoothing {

        /** Validates the window length. */
        public WindowedMean {
            if (frames < 1) {
                throw new IllegalArgumentException("Smoothing window must be >= 1 frame, got " + frames);
            }
        }

        @Override
        public ScoreSmoother newSmoother() {
            return new ScoreSmoother() {
                private final Deque<float[]> window = new ArrayDeque<>();

                @Override
                public EmotionScores smooth(EmotionScores scores) {
                    window.addLast(scores.toArray());
                    if (window.size() > frames) {
                        window.removeFirst();
                    }
                    float[] mean = new float[scores.labels().size()];
                    for (float[] p : window) {
                        for (int i = 0; i < mean.length; i++) {
                            mean[i] += p[i];
                        }
                    }
                    return normalised(scores.labels(), mean);
                }
            };
        }
    }

    /** Rescales non-negative weights to sum to one (removes float drift). */
    private static EmotionScores normalised(LabelSet labels, float[] weights) {
        double sum = 0;
        for (float w : weights) {
            sum += w;
        }
        float[] p = new float[weights.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (weights[i] / sum);
        }
        return EmotionScores.of(labels, p);
    }
}
