package org.fer4j.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.fer4j.core.GrayImage;
import org.junit.jupiter.api.Test;

class AffineWarpTest {

    private static final float EPS = 1e-6f;

    @Test
    void identityReproducesEveryPixel() {
        GrayImage image = TestImages.noise(48, 48, 7);

        assertThat(AffineWarp.identity().apply(image).pixels()).containsExactly(image.pixels(), within(EPS));
    }

    @Test
    void rotationBy90DegreesTurnsThePatternCounterClockwise() {
        GrayImage image = TestImages.ramp(5, 5);

        GrayImage rotated = AffineWarp.identity().rotate(90).apply(image);

        // A counter-clockwise quarter turn about the centre: output (x, y) shows input (w-1-y, x).
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                assertThat(rotated.get(x, y)).as("pixel (%d,%d)", x, y).isCloseTo(image.get(4 - y, x), within(EPS));
            }
        }
    }

    @Test
    void rotationBy90DegreesMovesTheRightEdgeMarkerToTheTop() {
        float[] p = new float[7 * 7];
        p[3 * 7 + 6] = 1f; // middle of the right edge
        GrayImage marker = GrayImage.of(7, 7, p);

        GrayImage rotated = AffineWarp.identity().rotate(90).apply(marker);

        assertThat(rotated.get(3, 0)).isCloseTo(1f, within(EPS));
        assertThat(rotated.get(6, 3)).isCloseTo(0f, within(EPS));
    }

    @Test
    void twoQuarterTurnsComposeIntoAHalfTurn() {
        GrayImage image = TestImages.ramp(6, 4);

        GrayImage composed = AffineWarp.identity().rotate(90).then(AffineWarp.identity().rotate(90)).apply(image);

        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                assertThat(composed.get(x, y)).isCloseTo(image.get(5 - x, 3 - y), within(EPS));
            }
        }
    }

    @Test
    void scalingUpThenDownCancelsOut() {
        GrayImage image = TestImages.noise(48, 48, 3);

        GrayImage result = AffineWarp.identity().scale(2).scale(0.5).apply(image);

        assertThat(result.pixels()).containsExactly(image.pixels(), within(EPS));
    }

    @Test
    void zoomingInMagnifiesAboutTheCentre() {
        GrayImage image = TestImages.ramp(9, 9);

        GrayImage zoomed = AffineWarp.identity().scale(2).apply(image);

        // Output (6, 4) is 2 px right of the centre (4, 4), so it samples the input 1 px right: (5, 4).
        assertThat(zoomed.get(4, 4)).isCloseTo(image.get(4, 4), within(EPS));
        assertThat(zoomed.get(6, 4)).isCloseTo(image.get(5, 4), within(EPS));
        assertThat(zoomed.get(5, 4)).isCloseTo((image.get(4, 4) + image.get(5, 4)) / 2, within(EPS));
    }

    @Test
    void wholePixelTranslationMovesContentRightAndDown() {
        GrayImage image = TestImages.ramp(8, 6);

        GrayImage moved = AffineWarp.identity().translate(2, 1).apply(image);

        for (int y = 1; y < 6; y++) {
            for (int x = 2; x < 8; x++) {
                assertThat(moved.get(x, y)).isCloseTo(image.get(x - 2, y - 1), within(EPS));
            }
        }
    }

    @Test
    void reflectBorderMirrorsAboutTheOuterEdge() {
        GrayImage image = TestImages.ramp(8, 1);

        GrayImage moved = AffineWarp.identity().translate(2, 0).apply(image);

        // Source columns -2 and -1 mirror to 1 and 0.
        assertThat(moved.get(0, 0)).isCloseTo(image.get(1, 0), within(EPS));
        assertThat(moved.get(1, 0)).isCloseTo(image.get(0, 0), within(EPS));
        assertThat(AffineWarp.identity().border()).isEqualTo(BorderMode.REFLECT);
    }

    @Test
    void replicateBorderRepeatsTheOuterColumn() {
        GrayImage image = TestImages.ramp(8, 1);

        GrayImage moved = AffineWarp.identity().withBorder(BorderMode.REPLICATE).translate(2, 0).apply(image);

        assertThat(moved.get(0, 0)).isCloseTo(image.get(0, 0), within(EPS));
        assertThat(moved.get(1, 0)).isCloseTo(image.get(0, 0), within(EPS));
    }

    @Test
    void reflectTilesBeyondOneImageWidth() {
        assertThat(BorderMode.REFLECT.index(-1, 4)).isEqualTo(0);
        assertThat(BorderMode.REFLECT.index(4, 4)).isEqualTo(3);
        assertThat(BorderMode.REFLECT.index(9, 4)).isEqualTo(1);
        assertThat(BorderMode.REFLECT.index(-6, 4)).isEqualTo(2);
        assertThat(BorderMode.REPLICATE.index(-6, 4)).isEqualTo(0);
        assertThat(BorderMode.REPLICATE.index(9, 4)).isEqualTo(3);
    }

    @Test
    void strongZoomOutOnlyBlendsSourceValuesWithEitherBorder() {
        float[] p = TestImages.noise(48, 48, 5).pixels();
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.3f + 0.3f * p[i]; // source values span [0.3, 0.6], so clamping cannot hide an overshoot
        }
        GrayImage image = GrayImage.of(48, 48, p);

        for (BorderMode mode : BorderMode.values()) {
            float[] out = AffineWarp.identity().withBorder(mode).scale(0.2).rotate(33).translate(-30, 17)
                    .apply(image).pixels();
            for (float v : out) {
                assertThat(v).as("%s", mode).isBetween(0.3f - EPS, 0.6f + EPS);
            }
        }
    }

    @Test
    void rejectsAWarpThatSamplesFarBeyondTheImage() {
        GrayImage image = TestImages.noise(8, 8, 5);

        assertThatThrownBy(() -> AffineWarp.identity().scale(1e-4).apply(image))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too extreme");
    }

    @Test
    void rejectsNonFiniteParameters() {
        assertThatThrownBy(() -> AffineWarp.identity().rotate(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Rotation angle must be finite");
        assertThatThrownBy(() -> AffineWarp.identity().scale(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Scale factor must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> AffineWarp.identity().translate(Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not finite");
    }
}
