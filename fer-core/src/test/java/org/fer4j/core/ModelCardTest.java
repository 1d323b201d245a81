package org.fer4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ModelCardTest {

    private static final ModelCard TRAINED = ModelCard.beforeTraining("fer4j-x", "cnn-rnn", "FER2013 Training",
                    "FER2013 PublicTest", "fer4j train", 235.0)
            .afterTraining(42, "epochs=2", 2, 1, 0.61, Double.NaN, 3.5, "2-core", "2026-12-02");

    @Test
    void jsonIsStrictWithUnknownNumbersAsNull() {
        JsonReader strict = new JsonReader(new StringReader(TRAINED.toJson()));
        strict.setStrictness(Strictness.STRICT);

        JsonObject json = JsonParser.parseReader(strict).getAsJsonObject();

        assertThat(json.get("validationAccuracyWithFlip").isJsonNull()).isTrue();
        assertThat(json.get("validationAccuracy").getAsDouble()).isEqualTo(0.61);
        assertThat(json.get("plan").getAsString()).isEqualTo("epochs=2");
    }

    @Test
    void readingWhatWasWrittenGivesTheSameCardNaNIncluded() {
        ModelCard read = ModelCard.fromJson(TRAINED.toJson());

        assertThat(read).isEqualTo(TRAINED);
        assertThat(read.validationAccuracyWithFlip()).isNaN();
        assertThat(ModelCard.fromJson(ModelCard.untrained("cnn-attention").toJson()))
                .isEqualTo(ModelCard.untrained("cnn-attention"));
    }

    @Test
    void readsTheNaNLiteralsOlderTrainersWrote() {
        String older = TRAINED.toJson().replace("\"validationAccuracyWithFlip\": null", "\"validationAccuracyWithFlip\": NaN");
        assertThat(older).contains("NaN");

        assertThat(ModelCard.fromJson(older)).isEqualTo(TRAINED);
    }

    @Test
    void aCardOfTheFirstFormatReadsWithTheLaterFieldsUnknown() {
        String first = "{\"name\":\"fer4j-default\",\"variant\":\"cnn-rnn-augmented\",\"trainingData\":\"a\","
                + "\"validationData\":\"b\",\"command\":\"c\",\"seed\":42,\"epochs\":60,\"bestEpoch\":59,"
                + "\"validationAccuracy\":0.67,\"trainingMinutes\":240.0,\"machine\":\"x\",\"created\":\"2026-11-24\"}";

        ModelCard card = ModelCard.fromJson(first);

        assertThat(card.bestEpoch()).isEqualTo(59);
        assertThat(card.plan()).isEmpty();
        assertThat(card.megaFlopsPerFace()).isNaN();
        assertThat(card.validationAccuracyWithFlip()).isNaN();
    }

    @Test
    void textThatIsNoCardIsRefusedByName() {
        assertThatThrownBy(() -> ModelCard.fromJson("{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no \"name\"");
        assertThatThrownBy(() -> ModelCard.fromJson("{\"name\": [1, 2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed model card");
    }
}
