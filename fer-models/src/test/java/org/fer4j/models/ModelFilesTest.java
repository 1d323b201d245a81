package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.fer4j.core.ModelCard;
import org.junit.jupiter.api.Test;

class ModelFilesTest {

    private static ModelSpec readBack(String json) throws IOException {
        return ModelFiles.fromJson(new StringReader(json), "test model.json").spec();
    }

    @Test
    void aRegionSequenceSpecRoundTripsThroughTheDescriptor() throws IOException {
        ModelSpec rows = SyntheticFaces.tinySpec(Temporal.GRU, false).toBuilder().optRegionSequence(true).build();
        String json = ModelFiles.toJson(rows, ModelCard.untrained("rows"));

        assertThat(json).contains("\"regionSequence\": true");
        assertThat(readBack(json)).isEqualTo(rows);
    }

    @Test
    void aSpecWithoutRegionSequenceIsWrittenAsBefore() throws IOException {
        ModelSpec pooled = SyntheticFaces.tinySpec(Temporal.LSTM, true);
        String json = ModelFiles.toJson(pooled, ModelCard.untrained("pooled"));

        assertThat(json).doesNotContain("regionSequence");
        assertThat(readBack(json)).isEqualTo(pooled);
    }

    @Test
    void theShippedDescriptorWrittenBeforeRegionSequenceLoadsWithItOff() throws IOException {
        try (InputStream in = EmotionRecognizer.class.getResourceAsStream(
                EmotionRecognizer.DEFAULT_MODEL_RESOURCE + ModelFiles.DESCRIPTOR)) {
            ModelSpec shipped = ModelFiles.fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), "default").spec();

            assertThat(shipped.regionSequence()).isFalse();
            assertThat(shipped).isEqualTo(ModelSpec.builder().build());
        }
    }
}
