package org.fer4j.augment;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Several random warps (e.g. rotation, zoom, shift) drawn in order and fused into one
 * {@link AffineWarp}, so the frames are resampled, and softened, only once.
 */
public final class RandomAffine implements RandomWarp {

    private final List<RandomWarp> parts;
    private final BorderMode border;

    /** Fuses {@code parts}, applied in the given order, filling outside samples as {@code border} says. */
    public RandomAffine(BorderMode border, List<? extends RandomWarp> parts) {
        if (border == null) {
            throw new IllegalArgumentException("RandomAffine border mode must not be null");
        }
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("RandomAffine needs at least one warp, got none");
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) == null) {
                throw new IllegalArgumentException("RandomAffine warp " + i + " is null");
            }
        }
        this.border = border;
        this.parts = List.copyOf(parts);
    }

    /** Fuses {@code parts}, applied in the given order, with {@link BorderMode#REFLECT} borders. */
    public static RandomAffine of(RandomWarp... parts) {
        return new RandomAffine(BorderMode.REFLECT, parts == null ? null : Arrays.asList(parts));
    }

    /** The fused warps, in application order. */
    public List<RandomWarp> parts() {
        return parts;
    }

    /** How samples outside the image are filled. */
    public BorderMode border() {
        return border;
    }

    @Override
    public AffineWarp draw(int width, int height, RandomGenerator random) {
        AffineWarp warp = AffineWarp.identity().withBorder(border);
        for (RandomWarp part : parts) {
            warp = warp.then(part.draw(width, height, random));
        }
        return warp;
    }

    @Override
    public String toString() {
        return "RandomAffine" + parts + " " + border;
    }
}
