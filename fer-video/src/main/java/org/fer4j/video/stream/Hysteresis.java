package org.fer4j.video.stream;

import java.util.Optional;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionScores;

/**
 * When a track's displayed emotion may change: a new top emotion must lead the current one by at
 * least {@code margin} (in probability) for {@code frames} consecutive frames, so that two close
 * emotions cannot make the label flicker. A track's first emotion settles once the same emotion
 * has been on top for {@code frames} consecutive frames. Immutable; each track gets its own {@link
 * Filter}.
 */
public record Hysteresis(double margin, int frames) {

    /** Validates the margin (in [0, 1)) and frame count (>= 1). */
    public Hysteresis {
        if (!(margin >= 0 && margin < 1)) {
            throw new IllegalArgumentException("Hysteresis margin must be in [0, 1), got " + margin);
        }
        if (frames < 1) {
            throw new IllegalArgumentException("Hysteresis needs >= 1 frame, got " + frames);
        }
    }

    /** A margin of 0.1 held for 5 frames (0.2 s at 25 fps). */
    public static Hysteresis defaults() {
        return new Hysteresis(0.1, 5);
    }

    /** Switches on every change of the top emotion (no hysteresis). */
    public static Hysteresis none() {
        return new Hysteresis(0, 1);
    }

    /** A fresh filter for one track. */
    public Filter newFilter(int trackId) {
        return new Filter(trackId);
    }

    /** Follows one track's scores and reports when its displayed emotion changes. */
    public final class Filter {

        private final int trackId;
        private Emotion current;
        private Emotion candidate;
        private int streak;

        private Filter(int trackId) {
            this.trackId = trackId;
        }

        /** The emotion currently displayed, or empty before the first one has settled. */
        public Optional<Emotion> current() {
            return Optional.ofNullable(current);
        }

        /** Feeds the (smoothed) scores of a frame; returns the change it causes, if any. */
        public Optional<EmotionChange> update(EmotionScores scores, long frameIndex) {
            Emotion top = scores.top();
            boolean leads =
                    current == null
                            || (top != current && scores.probability(top) - scores.probability(current) >= margin);
            if (top == current || !leads) {
                candidate = null;
                streak = 0;
                return Optional.empty();
            }
            if (top == candidate) {
                streak++;
            } else {
                candidate = top;
                streak = 1;
            }
            if (streak < frames) {
                return Optional.empty();
            }
            EmotionChange change = new EmotionChange(trackId, current, top, frameIndex);
            current = top;
            candidate = null;
            streak = 0;
            return Optional.of(change);
        }
    }
}
