package org.fer4j.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.fer4j.core.Clip;

/** Composes augmentations, each applied with its own probability, in order. */
public final class AugmentationPipeline implements Augmentation {

    private static final AugmentationPipeline NONE = new AugmentationPipeline(List.of());

    private final List<Step> steps;

    private AugmentationPipeline(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Starts an empty pipeline. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sensible FER defaults: horizontal flip with p = 0.5; one fused warp of rotation ±10°, zoom
     * 0.9..1.1 and shift ±10% (reflective borders, a single resample); brightness and contrast
     * jitter ±0.2; and random erasing of 2..20% of the face with uniform noise, p = 0.25.
     */
    public static AugmentationPipeline standard() {
        return standard(STANDARD_MAX_SHIFT, STANDARD_ZOOM_RANGE, STANDARD_ERASING);
    }

    /** The random-crop shift of {@link #standard()}, as a fraction of the face side. */
    public static final double STANDARD_MAX_SHIFT = 0.1;
    /** The zoom range of {@link #standard()}: 1 +- this. */
    public static final double STANDARD_ZOOM_RANGE = 0.1;
    /** The random-erasing probability of {@link #standard()}. */
    public static final double STANDARD_ERASING = 0.25;

    /**
     * The {@link #standard()} pipeline with its crop and erasing strength changed, for recipe
     * comparisons: random crops as a shift of up to {@code maxShift} of the face side and a zoom
     * of 1 +- {@code zoomRange}, and random erasing with probability {@code erasingProbability}
     * (0 leaves it out).
     */
    public static AugmentationPipeline standard(double maxShift, double zoomRange, double erasingProbability) {
        if (!(zoomRange >= 0 && zoomRange < 1)) {
            throw new IllegalArgumentException("zoomRange must be in [0, 1), got " + zoomRange);
        }
        Builder pipeline = builder()
                .add(new HorizontalFlip(), 0.5)
                .add(RandomAffine.of(new Rotation(10), new Zoom(1 - zoomRange, 1 + zoomRange), new Shift(maxShift)))
                .add(new BrightnessContrastJitter(0.2, 0.2));
        if (erasingProbability > 0) {
            pipeline.add(new RandomErasing(0.02, 0.2, ErasingFill.uniformNoise()), erasingProbability);
        }
        return pipeline.build();
    }

    /** The pipeline that returns every clip unchanged. */
    public static AugmentationPipeline none() {
        return NONE;
    }

    /** The steps in application order. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Runs each step in order with its probability. Every step with {@code 0 < p < 1} draws one
     * coin from {@code random}; a step that fires then draws its own parameters.
     */
    @Override
    public Clip apply(Clip clip, RandomGenerator random) {
        Clip current = clip;
        for (Step step : steps) {
            if (step.fires(random)) {
                current = step.augmentation().apply(current, random);
            }
        }
        return current;
    }

    @Override
    public String toString() {
        return "AugmentationPipeline" + steps;
    }

    /** One augmentation with the probability that it is applied. */
    public static final class Step {

        private final Augmentation augmentation;
        private final double probability;

        private Step(Augmentation augmentation, double probability) {
            this.augmentation = augmentation;
            this.probability = probability;
        }

        /** The augmentation this step applies. */
        public Augmentation augmentation() {
            return augmentation;
        }

        /** The chance, in [0, 1], that the augmentation is applied to a given clip. */
        public double probability() {
            return probability;
        }

        private boolean fires(RandomGenerator random) {
            if (probability >= 1) {
                return true;
            }
            return probability > 0 && random.nextDouble() < probability;
        }

        @Override
        public String toString() {
            return augmentation + " p=" + probability;
        }
    }

    /** Collects steps in application order. */
    public static final class Builder {

        private final List<Step> steps = new ArrayList<>();

        private Builder() {
        }

        /** Appends an augmentation that is always applied. */
        public Builder add(Augmentation augmentation) {
            return add(augmentation, 1.0);
        }

        /** Appends an augmentation applied with the given probability in [0, 1]. */
        public Builder add(Augmentation augmentation, double probability) {
            int index = steps.size();
            if (augmentation == null) {
                throw new IllegalArgumentException("Pipeline step " + index + ": augmentation must not be null");
            }
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException(
                        "Pipeline step " + index + " (" + augmentation + "): probability must be in [0, 1], got "
                                + probability);
            }
            steps.add(new Step(augmentation, probability));
            return this;
        }

        /** Builds the immutable pipeline; an empty builder gives {@link #none()}. */
        public AugmentationPipeline build() {
            return steps.isEmpty() ? NONE : new AugmentationPipeline(steps);
        }
    }
}
