package org.fer4j.video.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.video.testing.BrightBlobDetector;
import org.fer4j.video.testing.Frames;
import org.fer4j.video.testing.SyntheticVideo;
import org.junit.jupiter.api.Test;

class FaceTrackerTest {

    private static final int LIMIT = 3;

    private final FaceTracker tracker = new FaceTracker(TrackerSettings.builder().optMaxMissedFrames(LIMIT).build());

    @Test
    void movingFaceKeepsOneIdAcrossFrames() {
        List<Integer> ids = new ArrayList<>();
        try (FaceDetector detector = new BrightBlobDetector()) {
            for (int i = 0; i < 40; i++) {
                List<Detection> detections = detector.detect(Frames.withFaces(i, SyntheticVideo.movingFace(i)).picture());
                TrackUpdate update = tracker.update(detections);
                assertThat(update.faces()).hasSize(1);
                ids.add(update.faces().get(0).trackId());
            }
        }
        assertThat(ids).containsOnly(1);
    }

    @Test
    void fastFaceThatNoLongerOverlapsIsFollowedByCentreDistance() {
        // 40x40 boxes jumping 18 px per frame: IoU 0.38 -> passes; 22 px: IoU 0.29 -> centre fallback.
        tracker.update(List.of(det(0, 0)));
        TrackUpdate update = tracker.update(List.of(det(22, 0)));
        assertThat(update.faces()).singleElement().extracting(TrackedFace::trackId).isEqualTo(1);
        assertThat(update.started()).isEmpty();
    }

    @Test
    void faceJumpingFarAwayStartsANewTrack() {
        tracker.update(List.of(det(0, 0)));
        TrackUpdate update = tracker.update(List.of(det(100, 0)));
        assertThat(update.faces()).singleElement().extracting(TrackedFace::trackId).isEqualTo(2);
        assertThat(update.started()).containsExactly(2);
    }

    @Test
    void secondFaceGetsANewIdAndBothStayStable() {
        for (int i = 0; i < 5; i++) {
            tracker.update(List.of(det(2 * i, 0)));
        }
        for (int i = 5; i < 15; i++) {
            TrackUpdate update = tracker.update(List.of(det(80 - 2 * i, 60), det(2 * i, 0)));
            assertThat(update.faces()).extracting(TrackedFace::trackId).containsExactly(1, 2);
            assertThat(update.faces().get(0).box().x()).isEqualTo(2 * i);
            if (i == 5) {
                assertThat(update.started()).containsExactly(2);
            } else {
                assertThat(update.started()).isEmpty();
            }
        }
    }

    @Test
    void faceMissedUpToTheLimitKeepsItsId() {
        tracker.update(List.of(det(10, 10)));
        for (int i = 0; i < LIMIT; i++) {
            assertThat(tracker.update(List.of()).lost()).isEmpty();
        }
        TrackUpdate back = tracker.update(List.of(det(12, 10)));
        assertThat(back.faces()).singleElement().extracting(TrackedFace::trackId).isEqualTo(1);
    }

    @Test
    void faceMissedLongerThanTheLimitIsLostAndReturnsWithANewId() {
        tracker.update(List.of(det(10, 10)));
        List<Integer> lost = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            lost.addAll(tracker.update(List.of()).lost());
        }
        assertThat(lost).containsExactly(1);
        assertThat(tracker.liveTrackIds()).isEmpty();

        TrackUpdate back = tracker.update(List.of(det(10, 10)));
        assertThat(back.faces()).singleElement().extracting(TrackedFace::trackId).isEqualTo(2);
        assertThat(back.started()).containsExactly(2);
    }

    @Test
    void eachDetectionAndTrackIsMatchedAtMostOnce() {
        tracker.update(List.of(det(0, 0)));
        TrackUpdate update = tracker.update(List.of(det(1, 0), det(2, 0)));
        assertThat(update.faces()).extracting(TrackedFace::trackId).containsExactly(1, 2);
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatThrownBy(() -> TrackerSettings.builder().optMinIou(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackerSettings.builder().optMaxMissedFrames(-1).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackerSettings.builder().optMaxCentreDistance(Double.NaN).build()).isInstanceOf(IllegalArgumentException.class);
    }

    private static Detection det(double x, double y) {
        return new Detection(new BoundingBox(x, y, 40, 40), 0.9f);
    }
}
