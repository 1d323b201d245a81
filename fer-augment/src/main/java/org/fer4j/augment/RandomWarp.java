package org.fer4j.augment;

import java.util.random.RandomGenerator;
import org.fer4j.core.Clip;

/**
 * A geometric augmentation that draws an {@link AffineWarp}; warps can be chained by
 * {@link RandomAffine} so that several of them cost, and blur like, a single resample.
 */
public interface RandomWarp extends Augmentation {

    /** Draws this transform's random geometry for frames of the given size. */
    AffineWarp draw(int width, int height, RandomGenerator random);

    /** Draws one warp for the clip's frame size and resamples every frame with it. */
    @Override
    default Clip apply(Clip clip, RandomGenerator random) {
        return draw(clip.width(), clip.height(), random).apply(clip);
    }
}
