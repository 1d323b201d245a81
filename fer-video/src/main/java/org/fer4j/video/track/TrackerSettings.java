package org.fer4j.video.track;

/**
 * How {@link FaceTracker} links detections across frames: the IoU that counts as the same face,
 * the centre distance accepted when boxes no longer overlap enough (fast motion), and how many
 * frames a face may go undetected before its track is dropped.
 */
public final class TrackerSettings {

    private final double minIou;
    private final double maxCentreDistance;
    private final int maxMissedFrames;

    private TrackerSettings(Builder builder) {
        this.minIou = builder.minIou;
        this.maxCentreDistance = builder.maxCentreDistance;
        this.maxMissedFrames = builder.maxMissedFrames;
    }

    /** The defaults: IoU 0.3, centre distance 0.6 box sizes, 10 missed frames. */
    public static TrackerSettings defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Minimum IoU between a track's last box and a detection to match them in the first pass. */
    public double minIou() {
        return minIou;
    }

    /**
     * Maximum distance between centres, in units of the track box's mean side, to match in the
     * fallback pass for pairs that failed the IoU pass.
     */
    public double maxCentreDistance() {
        return maxCentreDistance;
    }

    /** Consecutive frames a track may go unmatched and survive; one more and it is lost. */
    public int maxMissedFrames() {
        return maxMissedFrames;
    }

    @Override
    public String toString() {
        return "TrackerSettings[minIou=" + minIou + ", maxCentreDistance=" + maxCentreDistance
                + ", maxMissedFrames=" + maxMissedFrames + "]";
    }

    /** Builds {@link TrackerSettings}; every value is optional. */
    public static final class Builder {

        private double minIou = 0.3;
        private double maxCentreDistance = 0.6;
        private int maxMissedFrames = 10;

        private Builder() {}

        /** IoU threshold of the first matching pass, in (0, 1]; 0.3 by default. */
        public Builder optMinIou(double minIou) {
            this.minIou = minIou;
            return this;
        }

        /** Centre-distance limit of the fallback pass in box sides, >= 0 (0 disables it); 0.6 by default. */
        public Builder optMaxCentreDistance(double maxCentreDistance) {
            this.maxCentreDistance = maxCentreDistance;
            return this;
        }

        /** Frames a face may be missed before its track is lost, >= 0; 10 by default. */
        public Builder optMaxMissedFrames(int maxMissedFrames) {
            this.maxMissedFrames = maxMissedFrames;
            return this;
        }

        /** Validates and builds the settings. */
        public TrackerSettings build() {
            if (!(minIou > 0 && minIou <= 1)) {
                throw new IllegalArgumentException("Tracker minIou must be in (0, 1], got " + minIou);
            }
            if (!(maxCentreDistance >= 0) || Double.isInfinite(maxCentreDistance)) {
                throw new IllegalArgumentException("Tracker maxCentreDistance must be finite and >= 0, got " + maxCentreDistance);
            }
            if (maxMissedFrames < 0) {
                throw new IllegalArgumentException("Tracker maxMissedFrames must be >= 0, got " + maxMissedFrames);
            }
            return new TrackerSettings(this);
        }
    }
}
