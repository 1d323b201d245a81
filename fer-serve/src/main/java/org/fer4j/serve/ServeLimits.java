package org.fer4j.serve;

/**
 * What one {@link FerServer} accepts: upload size and pixel count per picture or frame, frames per
 * second per stream client and concurrent stream clients. Immutable.
 */
public final class ServeLimits {

    private final long maxUploadBytes;
    private final long maxPixels;
    private final double maxFramesPerSecond;
    private final int maxClients;

    private ServeLimits(Builder builder) {
        this.maxUploadBytes = builder.maxUploadBytes;
        this.maxPixels = builder.maxPixels;
        this.maxFramesPerSecond = builder.maxFramesPerSecond;
        this.maxClients = builder.maxClients;
    }

    /** 16 MiB uploads, 25 megapixels, 15 frames/s per client, 8 stream clients. */
    public static ServeLimits defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The largest picture or frame accepted, in bytes. */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** The largest picture or frame accepted, in decoded pixels. */
    public long maxPixels() {
        return maxPixels;
    }

    /** Frames per second one stream client may send; faster frames are dropped and reported. */
    public double maxFramesPerSecond() {
        return maxFramesPerSecond;
    }

    /** Stream clients served at once; one more is refused with close code 1013 (try again later). */
    public int maxClients() {
        return maxClients;
    }

    @Override
    public String toString() {
        return "ServeLimits[maxUploadBytes=" + maxUploadBytes + ", maxPixels=" + maxPixels
                + ", maxFramesPerSecond=" + maxFramesPerSecond + ", maxClients=" + maxClients + "]";
    }

    /** Builds {@link ServeLimits}; every value is optional. */
    public static final class Builder {

        private long maxUploadBytes = 16L << 20;
        private long maxPixels = 25_000_000L;
        private double maxFramesPerSecond = 15;
        private int maxClients = 8;

        private Builder() {}

        /** The largest upload in bytes, in [1, 1 GiB]; 16 MiB by default. */
        public Builder optMaxUploadBytes(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        /** The largest picture in pixels, >= 4; 25 million by default. */
        public Builder optMaxPixels(long maxPixels) {
            this.maxPixels = maxPixels;
            return this;
        }

        /** Frames per second per stream client, in (0, 120]; 15 by default. */
        public Builder optMaxFramesPerSecond(double maxFramesPerSecond) {
            this.maxFramesPerSecond = maxFramesPerSecond;
            return this;
        }

        /** Concurrent stream clients, in [1, 1024]; 8 by default. */
        public Builder optMaxClients(int maxClients) {
            this.maxClients = maxClients;
            return this;
        }

        /** Validates the limits and builds them. */
        public ServeLimits build() {
            if (maxUploadBytes < 1 || maxUploadBytes > (1L << 30)) {
                throw new IllegalArgumentException("Max upload bytes must be in [1, 1 GiB], got " + maxUploadBytes);
            }
            if (maxPixels < 4) {
                throw new IllegalArgumentException("Max pixels must be >= 4, got " + maxPixels);
            }
            if (!(maxFramesPerSecond > 0 && maxFramesPerSecond <= 120)) {
                throw new IllegalArgumentException("Max frames per second must be in (0, 120], got " + maxFramesPerSecond);
            }
            if (maxClients < 1 || maxClients > 1024) {
                throw new IllegalArgumentException("Max clients must be in [1, 1024], got " + maxClients);
            }
            return new ServeLimits(this);
        }
    }
}
