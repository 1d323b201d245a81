package org.fer4j.augment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.fer4j.core.Clip;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClipConsistencyTest {

    static Stream<Augmentation> augmentations() {
        return Stream.of(
                new HorizontalFlip(),
                new Rotation(30),
                new Zoom(0.7, 1.3),
                new Shift(0.2),
                RandomAffine.of(new Rotation(10), new Zoom(0.9, 1.1), new Shift(0.1)),
                new BrightnessContrastJitter(0.3, 0.3),
                new RandomErasing(0.05, 0.3, ErasingFill.uniformNoise()),
                new RandomErasing(0.05, 0.3, ErasingFill.constant(0.5)),
                AugmentationPipeline.standard());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("augmentations")
    void everyFrameOfAClipGetsTheSameTransformAsItWouldAlone(Augmentation augmentation) {
        Clip clip = Clip.of(TestImages.noise(48, 48, 1), TestImages.noise(48, 48, 2), TestImages.noise(48, 48, 3));

        for (int seed = 0; seed < 20; seed++) {
            Clip out = augmentation.apply(clip, new SplittableRandom(seed));
            assertThat(out.length()).isEqualTo(3);
            for (int t = 0; t < 3; t++) {
                Clip alone = augmentation.apply(Clip.still(clip.frame(t)), new SplittableRandom(seed));
                assertThat(out.frame(t)).as("seed %d, frame %d", seed, t).isEqualTo(alone.frame(0));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("augmentations")
    void identicalFramesStayIdentical(Augmentation augmentation) {
        Clip clip = Clip.of(TestImages.noise(48, 48, 4), TestImages.noise(48, 48, 4), TestImages.noise(48, 48, 4));

        for (int seed = 0; seed < 20; seed++) {
            Clip out = augmentation.apply(clip, new SplittableRandom(seed));
            assertThat(out.frame(1)).isEqualTo(out.frame(0));
            assertThat(out.frame(2)).isEqualTo(out.frame(0));
        }
    }
}
