package org.fer4j.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TiledFaceDetectorRecallTest {

    @Test
    void findsNineInTenClearFacesOfTheSharedGroupPhotosWithFewFalsePositives() throws Exception {
        SharedPhotos.require("groups/faces.csv");
        try (TiledFaceDetector detector = TiledFaceDetector.create();
                BlazeFaceDetector wholePicture = BlazeFaceDetector.create()) {
            GroupPhotoRecall.Result tiled = GroupPhotoRecall.measure(detector, SharedPhotos.dir().resolve("groups"));
            GroupPhotoRecall.Result whole = GroupPhotoRecall.measure(wholePicture, SharedPhotos.dir().resolve("groups"));

            assertThat(tiled.clearFaces()).isEqualTo(93);
            assertThat(tiled.recall()).as(tiled.toString()).isGreaterThanOrEqualTo(0.9);
            assertThat(tiled.falsePositives()).as(tiled.toString()).isLessThanOrEqualTo(5);
            assertThat(whole.recall()).as("the whole picture alone: " + whole).isLessThan(0.5);
        }
    }
}
