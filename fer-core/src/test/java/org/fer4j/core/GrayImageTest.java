package org.fer4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GrayImageTest {

    private static GrayImage constant(int width, int height, float value) {
        float[] pixels = new float[width * height];
        Arrays.fill(pixels, value);
        return GrayImage.of(width, height, pixels);
    }

    /** A 5x5 image whose pixel (x, y) is (10y + x) / 100. */
    private static GrayImage ramp() {
        float[] pixels = new float[25];
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                pixels[y * 5 + x] = (10 * y + x) / 100f;
            }
        }
        return GrayImage.of(5, 5, pixels);
    }

    @Test
    void rejectsNaNNamingItsPosition() {
        float[] pixels = new float[6];
        pixels[4] = Float.NaN;

        assertThatThrownBy(() -> GrayImage.of(3, 2, pixels))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Pixel (1,1) is NaN");
    }

    @Test
    void rejectsOutOfRangeAndInfiniteValuesNamingTheirPosition() {
        float[] above = new float[6];
        above[2] = 1.5f;
        float[] infinite = new float[6];
        infinite[3] = Float.NEGATIVE_INFINITY;

        assertThatThrownBy(() -> GrayImage.of(3, 2, above)).hasMessageContaining("Pixel (2,0) is 1.5");
        assertThatThrownBy(() -> GrayImage.of(3, 2, infinite)).hasMessageContaining("Pixel (0,1) is -Infinity");
    }

    @Test
    void rejectsAPixelCountThatDoesNotMatchTheSize() {
        assertThatThrownBy(() -> GrayImage.of(3, 2, new float[5]))
                .hasMessageContaining("A 3x2 image needs 6 pixels, got 5");
        assertThatThrownBy(() -> GrayImage.of(0, 2, new float[0])).hasMessageContaining("must be positive");
    }

    @Test
    void ownedArraysAreClampedButNaNIsStillRejected() {
        GrayImage image = GrayImage.ofOwned(2, 1, new float[] {-0.01f, 1.02f});

        assertThat(image.pixels()).containsExactly(0f, 1f);
        assertThatThrownBy(() -> GrayImage.ofOwned(2, 1, new float[] {0f, Float.NaN})).hasMessageContaining("NaN");
    }

    @Test
    void bytesAreScaledIntoZeroToOne() {
        GrayImage image = GrayImage.fromBytes(3, 1, new byte[] {0, (byte) 128, (byte) 255});

        assertThat(image.pixels()).containsExactly(0f, 128 / 255f, 1f);
    }

    @Test
    void isNotChangedThroughTheArraysItWasMadeFromOrGives() {
        float[] pixels = {0.1f, 0.2f};
        GrayImage image = GrayImage.of(2, 1, pixels);

        pixels[0] = 0.9f;
        image.pixels()[1] = 0.9f;

        assertThat(image.pixels()).containsExactly(0.1f, 0.2f);
    }

    @Test
    void areaAveragedShrinkOfAConstantImageStaysConstant() {
        GrayImage resized = constant(100, 70, 0.3f).resized(48, 48);

        assertThat(resized.width()).isEqualTo(48);
        assertThat(resized.height()).isEqualTo(48);
        for (float v : resized.pixels()) {
            assertThat(v).isCloseTo(0.3f, offset(1e-6f));
        }
    }

    @Test
    void enlargingAConstantImageStaysConstant() {
        for (float v : constant(7, 5, 0.6f).resized(48, 48).pixels()) {
            assertThat(v).isCloseTo(0.6f, offset(1e-6f));
        }
    }

    @Test
    void halvingAveragesEachTwoByTwoBlock() {
        GrayImage image = GrayImage.of(4, 2, new float[] {0, 1, 0.2f, 0.2f, 1, 0, 0.4f, 0.4f});

        assertThat(image.resized(2, 1).pixels()).containsExactly(new float[] {0.5f, 0.3f}, offset(1e-6f));
    }

    @Test
    void resizingToTheSameSizeReturnsTheImage() {
        GrayImage image = ramp();

        assertThat(image.resized(5, 5)).isSameAs(image);
        assertThatThrownBy(() -> image.resized(0, 5)).hasMessageContaining("Cannot resize to 0x5");
    }

    @Test
    void cropsARectangleInside() {
        GrayImage crop = ramp().crop(new BoundingBox(1, 2, 2, 3));

        assertThat(crop.width()).isEqualTo(2);
        assertThat(crop.height()).isEqualTo(3);
        assertThat(crop.get(0, 0)).isEqualTo(0.21f);
        assertThat(crop.get(1, 2)).isEqualTo(0.42f);
    }

    @Test
    void clipsACropThatCrossesTheBorder() {
        GrayImage corner = ramp().crop(new BoundingBox(-2, -3, 4, 5));
        GrayImage edge = ramp().crop(new BoundingBox(3, 3, 10, 10));

        assertThat(corner.width()).isEqualTo(2);
        assertThat(corner.height()).isEqualTo(2);
        assertThat(corner.get(1, 1)).isEqualTo(0.11f);
        assertThat(edge.width()).isEqualTo(2);
        assertThat(edge.get(0, 0)).isEqualTo(0.33f);
        assertThat(edge.get(1, 1)).isEqualTo(0.44f);
    }

    @Test
    void rejectsACropEntirelyOutside() {
        assertThatThrownBy(() -> ramp().crop(new BoundingBox(6, 0, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside a 5x5 image");
    }

    @Test
    void rejectsReadingOutsideTheImage() {
        assertThatThrownBy(() -> ramp().get(5, 0))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("(5,0) is outside a 5x5 image");
    }

    @Test
    void equalImagesHaveEqualPixelsAndSize() {
        assertThat(ramp()).isEqualTo(ramp()).hasSameHashCodeAs(ramp());
        assertThat(constant(2, 3, 0f)).isNotEqualTo(constant(3, 2, 0f));
    }
}
