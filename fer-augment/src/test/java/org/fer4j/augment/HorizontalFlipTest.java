package org.fer4j.augment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;
import org.junit.jupiter.api.Test;

class HorizontalFlipTest {

    private final HorizontalFlip flip = new HorizontalFlip();

    @Test
    void mirrorsKnownAsymmetricImageLeftToRight() {
        GrayImage image = GrayImage.of(3, 2, new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f});

        Clip flipped = flip.apply(Clip.still(image), new SplittableRandom(1));

        assertThat(flipped.frame(0).pixels()).containsExactly(0.3f, 0.2f, 0.1f, 0.6f, 0.5f, 0.4f);
    }

    @Test
    void mirrorsEvenWidthRowsCompletely() {
        GrayImage image = GrayImage.of(4, 1, new float[] {0f, 0.25f, 0.5f, 1f});

        assertThat(flip.apply(Clip.still(image), new SplittableRandom(1)).frame(0).pixels())
                .containsExactly(1f, 0.5f, 0.25f, 0f);
    }

    @Test
    void isAnInvolution() {
        Clip clip = Clip.of(TestImages.noise(48, 48, 1), TestImages.noise(48, 48, 2));

        Clip twice = flip.apply(flip.apply(clip, new SplittableRandom(1)), new SplittableRandom(2));

        assertThat(twice.frames()).isEqualTo(clip.frames());
    }

    @Test
    void leavesTheInputClipUntouched() {
        GrayImage image = TestImages.ramp(5, 3);
        Clip clip = Clip.still(image);

        flip.apply(clip, new SplittableRandom(1));

        assertThat(clip.frame(0)).isEqualTo(TestImages.ramp(5, 3));
    }
}
