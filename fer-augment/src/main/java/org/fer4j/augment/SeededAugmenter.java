package org.fer4j.augment;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.fer4j.core.Clip;

/**
 * Deterministic augmentation: the same (seed, epoch, sampleIndex) always gives the same result, in
 * any order or thread. Each call gets its own generator, a {@link SplittableRandom} seeded with a
 * SplitMix64 hash chain of the three values, so no state is shared between calls and neighbouring
 * indices or epochs get unrelated streams.
 */
public final class SeededAugmenter {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final Augmentation augmentation;
    private final long seed;

    /** Wraps an augmentation (which must be immutable / thread-safe, as all in this package are). */
    public SeededAugmenter(Augmentation augmentation, long seed) {
        if (augmentation == null) {
            throw new IllegalArgumentException("SeededAugmenter needs an augmentation, got null");
        }
        this.augmentation = augmentation;
        this.seed = seed;
    }

    /** Augments one sample of one epoch, reproducibly. */
    public Clip augment(Clip clip, long epoch, long sampleIndex) {
        return augmentation.apply(clip, generator(epoch, sampleIndex));
    }

    /** A fresh generator for (seed, epoch, sampleIndex); exposed for callers that draw alongside augmentation. */
    public RandomGenerator generator(long epoch, long sampleIndex) {
        return new SplittableRandom(streamSeed(seed, epoch, sampleIndex));
    }

    /** The wrapped augmentation. */
    public Augmentation augmentation() {
        return augmentation;
    }

    /** The base seed. */
    public long seed() {
        return seed;
    }

    /** Hashes the three values in order, each through a full SplitMix64 finaliser. */
    static long streamSeed(long seed, long epoch, long sampleIndex) {
        long h = mix64(seed + GOLDEN_GAMMA);
        h = mix64(h + epoch * GOLDEN_GAMMA + GOLDEN_GAMMA);
        return mix64(h + sampleIndex * GOLDEN_GAMMA + GOLDEN_GAMMA);
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "SeededAugmenter[seed=" + seed + ", " + augmentation + "]";
    }
}
