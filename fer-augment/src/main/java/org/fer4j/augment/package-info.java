/**
 * Seeded, clip-consistent image augmentation for 48x48 grayscale faces.
 *
 * <p>An {@link org.fer4j.augment.Augmentation} draws its random parameters once per clip and applies
 * them to every frame, so a 3-frame sequence is flipped, warped, jittered and erased identically.
 * {@link org.fer4j.augment.AugmentationPipeline} chains transforms with per-step probabilities, and
 * {@link org.fer4j.augment.SeededAugmenter} makes the whole thing reproducible per
 * (seed, epoch, sample index), independent of order and thread. Geometric transforms share one
 * resampler, {@link org.fer4j.augment.AffineWarp}.
 */
package org.fer4j.augment;
