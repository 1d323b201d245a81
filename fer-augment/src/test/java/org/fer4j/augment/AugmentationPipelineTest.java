package org.fer4j.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;
import org.junit.jupiter.api.Test;

class AugmentationPipelineTest {

    private final Clip face = TestImages.face(21);

    @Test
    void noneReturnsTheClipUnchanged() {
        assertThat(AugmentationPipeline.none().apply(face, new SplittableRandom(1))).isSameAs(face);
        assertThat(AugmentationPipeline.builder().build()).isSameAs(AugmentationPipeline.none());
    }

    @Test
    void appliesStepsInTheOrderAdded() {
        StringBuilder trace = new StringBuilder();
        AugmentationPipeline pipeline = AugmentationPipeline.builder()
                .add((clip, random) -> {
                    trace.append('a');
                    return clip;
                })
                .add((clip, random) -> {
                    trace.append('b');
                    return clip;
                })
                .build();

        pipeline.apply(face, new SplittableRandom(1));

        assertThat(trace).hasToString("ab");
    }

    @Test
    void probabilityZeroNeverAppliesAndOneAlwaysApplies() {
        AtomicInteger never = new AtomicInteger();
        AtomicInteger always = new AtomicInteger();
        AugmentationPipeline pipeline = AugmentationPipeline.builder()
                .add(counting(never), 0)
                .add(counting(always), 1)
                .build();

        for (int seed = 0; seed < 200; seed++) {
            pipeline.apply(face, new SplittableRandom(seed));
        }

        assertThat(never).hasValue(0);
        assertThat(always).hasValue(200);
    }

    @Test
    void intermediateProbabilityAppliesAboutThatOften() {
        AtomicInteger count = new AtomicInteger();
        AugmentationPipeline pipeline = AugmentationPipeline.builder().add(counting(count), 0.25).build();

        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 4000; i++) {
            pipeline.apply(face, random);
        }

        // Binomial(4000, 0.25): mean 1000, sd ~27; the bounds are about 4 sd away.
        assertThat(count.get()).isBetween(890, 1110);
    }

    @Test
    void standardPipelineKeepsEveryPixelInRangeAndNeverNaN() {
        float[] p = new float[48 * 48];
        for (int i = 0; i < p.length; i++) {
            p[i] = (i / 48 + i % 48) % 2 == 0 ? 0f : 1f; // checkerboard of extremes
        }
        Clip checker = Clip.of(GrayImage.of(48, 48, p), TestImages.noise(48, 48, 2), TestImages.flat(48, 48, 1f));
        AugmentationPipeline standard = AugmentationPipeline.standard();

        for (int seed = 0; seed < 300; seed++) {
            Clip out = standard.apply(checker, new SplittableRandom(seed));
            assertThat(out.length()).isEqualTo(3);
            for (GrayImage frame : out.frames()) {
                assertThat(frame.width()).isEqualTo(48);
                assertThat(frame.height()).isEqualTo(48);
                for (float v : frame.pixels()) {
                    assertThat(v).as("seed %d", seed).isNotNaN().isBetween(0f, 1f);
                }
            }
        }
    }

    @Test
    void standardPipelineHasTheDocumentedSteps() {
        var steps = AugmentationPipeline.standard().steps();

        assertThat(steps).hasSize(4);
        assertThat(steps.get(0).augmentation()).isInstanceOf(HorizontalFlip.class);
        assertThat(steps.get(0).probability()).isEqualTo(0.5);
        assertThat(steps.get(1).augmentation()).isInstanceOf(RandomAffine.class);
        assertThat(((RandomAffine) steps.get(1).augmentation()).parts())
                .extracting(Object::toString)
                .containsExactly("Rotation[±10.0°]", "Zoom[0.9..1.1]", "Shift[±0.1]");
        assertThat(steps.get(2).augmentation()).hasToString(
                "BrightnessContrastJitter[brightness ±0.2, contrast ±0.2]");
        assertThat(steps.get(3).augmentation()).isInstanceOf(RandomErasing.class);
        assertThat(steps.get(3).probability()).isEqualTo(0.25);
    }

    @Test
    void standardPipelineChangesTheFace() {
        Clip out = AugmentationPipeline.standard().apply(face, new SplittableRandom(3));

        assertThat(out.frame(0)).isNotEqualTo(face.frame(0));
    }

    @Test
    void rejectsProbabilityAboveOne() {
        assertThatThrownBy(() -> AugmentationPipeline.builder().add(new HorizontalFlip()).add(new Rotation(5), 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pipeline step 1 (Rotation[±5.0°]): probability must be in [0, 1], got 1.5");
    }

    @Test
    void rejectsNegativeOrNaNProbability() {
        assertThatThrownBy(() -> AugmentationPipeline.builder().add(new HorizontalFlip(), -0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("probability must be in [0, 1], got -0.1");
        assertThatThrownBy(() -> AugmentationPipeline.builder().add(new HorizontalFlip(), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got NaN");
    }

    @Test
    void rejectsNullAugmentation() {
        assertThatThrownBy(() -> AugmentationPipeline.builder().add(null, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pipeline step 0: augmentation must not be null");
    }

    private static Augmentation counting(AtomicInteger counter) {
        return (clip, random) -> {
            counter.incrementAndGet();
            return clip;
        };
    }
}
