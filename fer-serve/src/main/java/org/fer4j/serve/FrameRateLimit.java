package org.fer4j.serve;

/**
 * A token bucket for one client's frames: {@code framesPerSecond} tokens a second, up to a burst of
 * one second's worth (at least two); a frame without a token is dropped. Not thread-safe.
 */
final class FrameRateLimit {

    private final double perNano;
    private final double burst;
    private double tokens;
    private long lastNanos;
    private boolean started;

    FrameRateLimit(double framesPerSecond) {
        this.perNano = framesPerSecond / 1e9;
        this.burst = Math.max(2, framesPerSecond);
        this.tokens = burst;
    }

    /** Whether a frame arriving at {@code nanos} (monotonic) may be processed; takes its token if so. */
    boolean admit(long nanos) {
        if (started) {
            tokens = Math.min(burst, tokens + (nanos - lastNanos) * perNano);
        }
        started = true;
        lastNanos = nanos;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
