package org.fer4j.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;
import org.junit.jupiter.api.Test;

class BrightnessContrastJitterTest {

    @Test
    void zeroDeltasLeaveThePixelsUnchanged() {
        Clip face = TestImages.face(1);

        Clip out = new BrightnessContrastJitter(0, 0).apply(face, new SplittableRandom(4));

        assertThat(out.frame(0).pixels()).containsExactly(face.frame(0).pixels(), within(1e-6f));
    }

    @Test
    void brightnessOnlyShiftsEveryPixelByTheSameBoundedOffset() {
        Clip grey = Clip.still(TestImages.flat(6, 6, 0.5f));

        for (int seed = 0; seed < 100; seed++) {
            float[] out = new BrightnessContrastJitter(0.2, 0).apply(grey, new SplittableRandom(seed)).frame(0).pixels();
            assertThat(out[0]).isBetween(0.3f - 1e-6f, 0.7f + 1e-6f);
            for (float v : out) {
                assertThat(v).isEqualTo(out[0]);
            }
        }
    }

    @Test
    void contrastOnlyPivotsOnMidGrey() {
        GrayImage image = GrayImage.of(3, 1, new float[] {0.25f, 0.5f, 0.75f});

        float[] out = new BrightnessContrastJitter(0, 0.3).apply(Clip.still(image), new SplittableRandom(8))
                .frame(0).pixels();

        assertThat(out[1]).isCloseTo(0.5f, within(1e-6f));
        assertThat(out[0] + out[2]).isCloseTo(1f, within(1e-6f));
        assertThat(out[2] - out[1]).isBetween(0.25f * 0.7f - 1e-6f, 0.25f * 1.3f + 1e-6f);
    }

    @Test
    void clampsOvershootIntoTheUnitRange() {
        Clip extremes = Clip.still(GrayImage.of(2, 1, new float[] {0f, 1f}));

        for (int seed = 0; seed < 100; seed++) {
            float[] out = new BrightnessContrastJitter(1, 0.9).apply(extremes, new SplittableRandom(seed)).frame(0).pixels();
            for (float v : out) {
                assertThat(v).isBetween(0f, 1f);
            }
        }
    }

    @Test
    void rejectsNegativeBrightnessDelta() {
        assertThatThrownBy(() -> new BrightnessContrastJitter(-0.1, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Jitter maxBrightnessDelta must be in [0.0, 1.0], got -0.1");
    }

    @Test
    void rejectsContrastDeltaThatCouldFlattenTheImage() {
        assertThatThrownBy(() -> new BrightnessContrastJitter(0.2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxContrastDelta must be below 1");
    }
}
