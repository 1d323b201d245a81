package org.fer4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** FerSpark's settings are refused on the driver, before any task runs, naming what is wrong. */
class FerSparkBuilderTest {

    @Test
    void anUnshippedModelIsRefusedNamingTheShippedOnes() {
        assertThatThrownBy(() -> FerSpark.builder().optModel("resnet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resnet").hasMessageContaining("cnn-rnn-augmented, cnn-rnn, cnn-attention");
    }

    @Test
    void batchSizeMinimumFaceSizeAndFilterAreChecked() {
        assertThatThrownBy(() -> FerSpark.builder().optBatchSize(0).build()).hasMessageContaining("got 0");
        assertThatThrownBy(() -> FerSpark.builder().optMinFaceSize(4).build()).hasMessageContaining("got 4");
        assertThatThrownBy(() -> FerSpark.builder().optFileFilter(" ").build()).hasMessageContaining("blank");
    }

    @Test
    void photoAndVideoRowsHaveOneColumnPerEmotionAndAnErrorColumn() {
        assertThat(FerSpark.imageSchema().fieldNames()).startsWith("path", "face", "box", "detection_score")
                .contains("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral", "top", "model", "model_version")
                .endsWith("error");
        assertThat(FerSpark.videoSchema().fieldNames()).startsWith("path", "frame", "time_seconds", "track", "box")
                .contains("shown", "change_from", "change_to").endsWith("error");
    }
}
