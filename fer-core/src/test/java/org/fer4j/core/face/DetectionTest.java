package org.fer4j.core.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.BoundingBox;
import org.junit.jupiter.api.Test;

class DetectionTest {

    private static List<Keypoint> sixPoints() {
        List<Keypoint> points = new ArrayList<>();
        for (FaceLandmark landmark : FaceLandmark.values()) {
            points.add(new Keypoint(landmark, 10 + landmark.ordinal(), 20));
        }
        return points;
    }

    @Test
    void holdsNoKeypointsOrAllSixInLandmarkOrder() {
        Detection bare = new Detection(new BoundingBox(0, 0, 10, 10), 0.9f);
        Detection full = new Detection(new BoundingBox(0, 0, 10, 10), sixPoints(), 0.9f);

        assertThat(bare.keypoint(FaceLandmark.LEFT_EYE)).isEmpty();
        assertThat(full.keypoint(FaceLandmark.LEFT_EYE)).get().extracting(Keypoint::x).isEqualTo(11.0);
    }

    @Test
    void refusesPartialOrMisorderedKeypoints() {
        List<Keypoint> swapped = new ArrayList<>(sixPoints());
        java.util.Collections.swap(swapped, 0, 1);
        BoundingBox box = new BoundingBox(0, 0, 10, 10);

        assertThatThrownBy(() -> new Detection(box, sixPoints().subList(0, 2), 0.5f)).hasMessageContaining("got 2");
        assertThatThrownBy(() -> new Detection(box, swapped, 0.5f)).hasMessageContaining("must be RIGHT_EYE");
        assertThatThrownBy(() -> new Detection(box, List.of(), Float.NaN)).hasMessageContaining("finite");
    }

    @Test
    void translatesBoxAndKeypointsTogether() {
        Detection moved = new Detection(new BoundingBox(1, 2, 10, 10), sixPoints(), 0.9f).translated(100, 200);

        assertThat(moved.box()).isEqualTo(new BoundingBox(101, 202, 10, 10));
        assertThat(moved.keypoint(FaceLandmark.MOUTH)).get().isEqualTo(new Keypoint(FaceLandmark.MOUTH, 113, 220));
    }
}
