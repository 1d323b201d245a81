package org.fer4j.augment;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;

/** Small images the specifications build for themselves. */
final class TestImages {

    private TestImages() {
    }

    /** An image whose pixel (x, y) holds a value unique to its position, so any move is visible. */
    static GrayImage ramp(int width, int height) {
        float[] p = new float[width * height];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) i / (p.length - 1);
        }
        return GrayImage.of(width, height, p);
    }

    /** Uniform noise in [0, 1]. */
    static GrayImage noise(int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] p = new float[width * height];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextFloat();
        }
        return GrayImage.of(width, height, p);
    }

    /** A constant image. */
    static GrayImage flat(int width, int height, float value) {
        float[] p = new float[width * height];
        Arrays.fill(p, value);
        return GrayImage.of(width, height, p);
    }

    /** A 48x48 face-sized still of noise. */
    static Clip face(long seed) {
        return Clip.still(noise(48, 48, seed));
    }
}
