package org.fer4j.models;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;

/**
 * Consecutive face-like frames for stream tests: a lit oval face on a darker background with eyes,
 * brows and a mouth that turns from a frown to a smile over the clip while the head drifts, plus a
 * little sensor noise, so the frames differ the way consecutive video frames do.
 */
final class MovingFaces {

    private MovingFaces() {}

    /** {@code frames} consecutive faces of {@code side} pixels from a seed. */
    static Clip clip(int frames, int side, long seed) {
        SplittableRandom noise = new SplittableRandom(seed);
        List<GrayImage> images = new ArrayList<>(frames);
        for (int t = 0; t < frames; t++) {
            images.add(frame(side, t / (double) Math.max(1, frames - 1), noise));
        }
        return Clip.of(images);
    }

    /** A frame at progress {@code p} in [0, 1] (0 frowning, 1 smiling). */
    private static GrayImage frame(int side, double p, SplittableRandom noise) {
        float[] pixels = new float[side * side];
        double cx = side * (0.48 + 0.04 * p);
        double cy = side * 0.5;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double dx = (x - cx) / (side * 0.34);
                double dy = (y - cy) / (side * 0.44);
                double v = dx * dx + dy * dy < 1 ? 0.72 - 0.15 * dy : 0.18 + 0.1 * x / side;
                double ex = Math.min(Math.hypot(x - (cx - side * 0.14), y - side * 0.4),
                        Math.hypot(x - (cx + side * 0.14), y - side * 0.4));
                if (ex < side * 0.05) {
                    v = 0.1;
                }
                if (Math.abs(y - side * (0.3 - 0.02 * p)) < side * 0.02 && Math.abs(Math.abs(x - cx) - side * 0.14) < side * 0.08) {
                    v = 0.2;
                }
                double mx = (x - cx) / (side * 0.16);
                double curve = (2 * p - 1) * side * 0.06 * (1 - mx * mx);
                if (Math.abs(mx) < 1 && Math.abs(y - (side * 0.7 + curve)) < side * 0.025) {
                    v = 0.15;
                }
                pixels[y * side + x] = (float) Math.min(1, Math.max(0, v + 0.03 * (noise.nextDouble() - 0.5)));
            }
        }
        return GrayImage.of(side, side, pixels);
    }
}
