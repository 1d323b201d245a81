package org.fer4j.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;
import org.junit.jupiter.api.Test;

class WeightedNmsTest {

    private final WeightedNms nms = new WeightedNms(0.3);

    @Test
    void mergesOverlappingBoxesIntoTheirScoreWeightedMeanKeepingTheBestScore() {
        Detection strong = new Detection(new BoundingBox(0, 0, 10, 10), 0.9f);
        Detection weak = new Detection(new BoundingBox(2, 0, 10, 10), 0.3f);

        List<Detection> merged = nms.apply(List.of(weak, strong));

        assertThat(merged).singleElement().satisfies(d -> {
            assertThat(d.score()).isEqualTo(0.9f);
            assertThat(d.box().x()).isCloseTo((0.9 * 0 + 0.3 * 2) / 1.2, within(1e-6));
            assertThat(d.box().width()).isCloseTo(10, within(1e-6));
        });
    }

    @Test
    void keepsSeparateFacesApartSortedByScore() {
        Detection left = new Detection(new BoundingBox(0, 0, 10, 10), 0.6f);
        Detection right = new Detection(new BoundingBox(50, 0, 10, 10), 0.8f);

        List<Detection> kept = nms.apply(List.of(left, right));

        assertThat(kept).containsExactly(right, left);
    }
}
