package org.fer4j.augment;

import java.util.random.RandomGenerator;
import org.fer4j.core.Clip;

/** One random image transform applied consistently to every frame of a clip. */
@FunctionalInterface
public interface Augmentation {

    /**
     * Draws this transform's random parameters once from {@code random} and applies them to every
     * frame. The input clip is never modified; a new clip of the same size and length is returned.
     * How many values are drawn must not depend on the pixel contents, so that a clip and each of its
     * frames seen alone draw the same parameters from equally seeded generators.
     */
    Clip apply(Clip clip, RandomGenerator random);
}
