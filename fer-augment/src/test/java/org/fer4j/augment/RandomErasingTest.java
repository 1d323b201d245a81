package org.fer4j.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;
import org.junit.jupiter.api.Test;

class RandomErasingTest {

    @Test
    void erasesARectangleWhoseAreaIsWithinTheConfiguredFraction() {
        Clip white = Clip.still(TestImages.flat(48, 48, 1f));
        RandomErasing erasing = new RandomErasing(0.02, 0.2, ErasingFill.constant(0));

        for (int seed = 0; seed < 300; seed++) {
            GrayImage out = erasing.apply(white, new SplittableRandom(seed)).frame(0);
            int[] box = boundingBoxOfZeros(out);
            int erased = countZeros(out);
            assertThat(erased).as("seed %d: erased pixels form a filled rectangle", seed)
                    .isEqualTo((box[2] - box[0] + 1) * (box[3] - box[1] + 1));
            assertThat(erased / (48.0 * 48.0)).as("seed %d: erased fraction", seed).isBetween(0.02, 0.2);
        }
    }

    @Test
    void honoursANarrowAreaRangeOnASmallFrame() {
        Clip white = Clip.still(TestImages.flat(10, 10, 1f));
        RandomErasing erasing = new RandomErasing(0.3, 0.3, ErasingFill.constant(0));

        for (int seed = 0; seed < 50; seed++) {
            assertThat(countZeros(erasing.apply(white, new SplittableRandom(seed)).frame(0))).isEqualTo(30);
        }
    }

    @Test
    void drawsVariedShapesAndPositions() {
        Clip white = Clip.still(TestImages.flat(48, 48, 1f));
        RandomErasing erasing = new RandomErasing(0.02, 0.2, ErasingFill.constant(0));
        Set<String> boxes = new HashSet<>();

        for (int seed = 0; seed < 50; seed++) {
            boxes.add(Arrays.toString(boundingBoxOfZeros(erasing.apply(white, new SplittableRandom(seed)).frame(0))));
        }

        assertThat(boxes).hasSizeGreaterThan(40);
    }

    @Test
    void noiseFillPaintsTheSamePatchIntoEveryFrame() {
        Clip clip = Clip.of(TestImages.flat(48, 48, 1f), TestImages.flat(48, 48, 1f), TestImages.flat(48, 48, 1f));

        Clip out = new RandomErasing(0.1, 0.2, ErasingFill.uniformNoise()).apply(clip, new SplittableRandom(5));

        assertThat(out.frame(0)).isNotEqualTo(clip.frame(0));
        assertThat(out.frame(1)).isEqualTo(out.frame(0));
        assertThat(out.frame(2)).isEqualTo(out.frame(0));
    }

    @Test
    void rejectsMinimumAboveMaximum() {
        assertThatThrownBy(() -> new RandomErasing(0.3, 0.1, ErasingFill.uniformNoise()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Erasing minAreaFraction (0.3) must not exceed maxAreaFraction (0.1)");
    }

    @Test
    void rejectsFractionsOutsideTheUnitInterval() {
        assertThatThrownBy(() -> new RandomErasing(0.1, 1.5, ErasingFill.uniformNoise()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Erasing maxAreaFraction must be in [0.0, 1.0], got 1.5");
        assertThatThrownBy(() -> new RandomErasing(0, 0.2, ErasingFill.uniformNoise()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minAreaFraction must be > 0");
    }

    @Test
    void rejectsMissingFillAndOutOfRangeConstant() {
        assertThatThrownBy(() -> new RandomErasing(0.1, 0.2, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Erasing fill must not be null");
        assertThatThrownBy(() -> ErasingFill.constant(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Erasing fill value must be in [0.0, 1.0], got 2.0");
    }

    private static int countZeros(GrayImage image) {
        int n = 0;
        for (float v : image.pixels()) {
            if (v == 0f) {
                n++;
            }
        }
        return n;
    }

    /** {minX, minY, maxX, maxY} of the zero pixels. */
    private static int[] boundingBoxOfZeros(GrayImage image) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                if (image.get(x, y) == 0f) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        return box;
    }
}
