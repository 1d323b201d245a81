package org.fer4j.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;
import org.junit.jupiter.api.Test;

class RandomWarpTest {

    private static final float EPS = 1e-6f;

    private final Clip face = TestImages.face(11);

    @Test
    void rotationByZeroDegreesIsIdentity() {
        assertIdentity(new Rotation(0));
    }

    @Test
    void zoomOfExactlyOneIsIdentity() {
        assertIdentity(new Zoom(1, 1));
    }

    @Test
    void shiftOfZeroIsIdentity() {
        assertIdentity(new Shift(0));
    }

    @Test
    void fusedZeroRangeWarpsAreIdentity() {
        assertIdentity(RandomAffine.of(new Rotation(0), new Zoom(1, 1), new Shift(0)));
    }

    @Test
    void nonZeroRangesActuallyMoveThePixels() {
        for (RandomWarp warp : List.of(new Rotation(10), new Zoom(0.9, 1.1), new Shift(0.1))) {
            Clip out = warp.apply(face, new SplittableRandom(3));
            assertThat(out.frame(0)).as("%s", warp).isNotEqualTo(face.frame(0));
        }
    }

    @Test
    void drawnParametersStayWithinTheConfiguredRange() {
        GrayImage marker = markerAt(48, 48, 40, 24);
        for (int seed = 0; seed < 200; seed++) {
            GrayImage out = new Shift(0.1).apply(Clip.still(marker), new SplittableRandom(seed)).frame(0);
            // The marker may move at most 10% of 48 = 4.8 px per axis; find where its mass went.
            double[] c = centroid(out);
            assertThat(c[0]).isBetween(40 - 4.8 - 1e-4, 40 + 4.8 + 1e-4);
            assertThat(c[1]).isBetween(24 - 4.8 - 1e-4, 24 + 4.8 + 1e-4);
        }
    }

    @Test
    void fusedWarpEqualsDrawingEachPartInOrderWithTheSameGenerator() {
        RandomAffine fused = RandomAffine.of(new Rotation(15), new Zoom(0.8, 1.2), new Shift(0.2));
        SplittableRandom expectedDraws = new SplittableRandom(99);
        AffineWarp expected = AffineWarp.identity()
                .then(new Rotation(15).draw(48, 48, expectedDraws))
                .then(new Zoom(0.8, 1.2).draw(48, 48, expectedDraws))
                .then(new Shift(0.2).draw(48, 48, expectedDraws));

        Clip out = fused.apply(face, new SplittableRandom(99));

        assertThat(out.frame(0).pixels()).containsExactly(expected.apply(face.frame(0)).pixels(), within(EPS));
    }

    @Test
    void fusedWarpUsesItsBorderMode() {
        RandomAffine replicate = new RandomAffine(BorderMode.REPLICATE, List.of(new Shift(0.5)));

        assertThat(replicate.draw(48, 48, new SplittableRandom(1)).border()).isEqualTo(BorderMode.REPLICATE);
        assertThat(RandomAffine.of(new Shift(0.5)).draw(48, 48, new SplittableRandom(1)).border())
                .isEqualTo(BorderMode.REFLECT);
    }

    @Test
    void rotationRejectsNegativeDegrees() {
        assertThatThrownBy(() -> new Rotation(-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rotation maxDegrees must be in [0.0, 180.0], got -5.0");
    }

    @Test
    void rotationRejectsNaN() {
        assertThatThrownBy(() -> new Rotation(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Rotation maxDegrees");
    }

    @Test
    void zoomRejectsMinAboveMax() {
        assertThatThrownBy(() -> new Zoom(1.2, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Zoom minScale (1.2) must not exceed maxScale (0.9)");
    }

    @Test
    void zoomRejectsNonPositiveScale() {
        assertThatThrownBy(() -> new Zoom(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Zoom minScale must be a finite number > 0, got 0.0");
    }

    @Test
    void shiftRejectsFractionAboveOne() {
        assertThatThrownBy(() -> new Shift(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Shift maxFraction must be in [0.0, 1.0], got 1.5");
    }

    @Test
    void fusedWarpRejectsEmptyOrNullParts() {
        assertThatThrownBy(RandomAffine::of)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one warp");
        assertThatThrownBy(() -> RandomAffine.of(new Rotation(1), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RandomAffine warp 1 is null");
    }

    private void assertIdentity(Augmentation augmentation) {
        for (int seed = 0; seed < 5; seed++) {
            Clip out = augmentation.apply(face, new SplittableRandom(seed));
            assertThat(out.frame(0).pixels()).as("%s", augmentation)
                    .containsExactly(face.frame(0).pixels(), within(EPS));
        }
    }

    private static GrayImage markerAt(int width, int height, int x, int y) {
        float[] p = new float[width * height];
        p[y * width + x] = 1f;
        return GrayImage.of(width, height, p);
    }

    private static double[] centroid(GrayImage image) {
        double sum = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                double v = image.get(x, y);
                sum += v;
                sx += v * x;
                sy += v * y;
            }
        }
        return new double[] {sx / sum, sy / sum};
    }
}
