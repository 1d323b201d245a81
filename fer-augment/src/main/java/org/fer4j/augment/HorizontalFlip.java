package org.fer4j.augment;

import java.util.random.RandomGenerator;
import org.fer4j.core.Clip;

/**
 * Mirrors every frame left to right. It has no random parameter of its own; give it a probability
 * (typically 0.5) in an {@link AugmentationPipeline}. Safe for FER: the seven emotions are
 * symmetric, so labels do not change.
 */
public final class HorizontalFlip implements Augmentation {

    /** Creates the flip. */
    public HorizontalFlip() {
    }

    /** Mirrors every frame; draws nothing from {@code random}. */
    @Override
    public Clip apply(Clip clip, RandomGenerator random) {
        return Frames.map(clip, HorizontalFlip::mirror);
    }

    private static float[] mirror(float[] pixels, int width, int height) {
        for (int row = 0; row < pixels.length; row += width) {
            for (int left = row, right = row + width - 1; left < right; left++, right--) {
                float t = pixels[left];
                pixels[left] = pixels[right];
                pixels[right] = t;
            }
        }
        return pixels;
    }

    @Override
    public String toString() {
        return "HorizontalFlip";
    }
}
