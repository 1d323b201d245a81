package org.fer4j.augment;

import java.util.random.RandomGenerator;
import org.fer4j.core.Clip;

/**
 * Random photometric jitter: {@code v' = (v - 0.5) * (1 + c) + 0.5 + b} with brightness offset
 * {@code b} drawn from [-maxBrightnessDelta, maxBrightnessDelta] and contrast change {@code c} from
 * [-maxContrastDelta, maxContrastDelta], then clamped to [0, 1]. Contrast pivots on mid-grey rather
 * than each frame's mean, so every frame of a clip receives exactly the same intensity mapping.
 */
public final class BrightnessContrastJitter implements Augmentation {

    private final double maxBrightnessDelta;
    private final double maxContrastDelta;

    /**
     * Creates the jitter; {@code maxBrightnessDelta} must be in [0, 1] (intensity units) and
     * {@code maxContrastDelta} in [0, 1) so the contrast factor stays positive.
     */
    public BrightnessContrastJitter(double maxBrightnessDelta, double maxContrastDelta) {
        this.maxBrightnessDelta = Require.inRange("Jitter maxBrightnessDelta", maxBrightnessDelta, 0, 1);
        this.maxContrastDelta = Require.inRange("Jitter maxContrastDelta", maxContrastDelta, 0, 1);
        if (maxContrastDelta == 1) {
            throw new IllegalArgumentException(
                    "Jitter maxContrastDelta must be below 1 (a factor of 0 erases the face), got 1.0");
        }
    }

    /** The largest brightness offset drawn, in intensity units. */
    public double maxBrightnessDelta() {
        return maxBrightnessDelta;
    }

    /** The largest relative contrast change drawn. */
    public double maxContrastDelta() {
        return maxContrastDelta;
    }

    @Override
    public Clip apply(Clip clip, RandomGenerator random) {
        float gain = (float) (1 + Draw.symmetric(random, maxContrastDelta));
        float offset = (float) (0.5 + Draw.symmetric(random, maxBrightnessDelta) - 0.5 * gain);
        return Frames.map(clip, (pixels, width, height) -> {
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = pixels[i] * gain + offset;
            }
            return pixels;
        });
    }

    @Override
    public String toString() {
        return "BrightnessContrastJitter[brightness ±" + maxBrightnessDelta + ", contrast ±" + maxContrastDelta + "]";
    }
}
