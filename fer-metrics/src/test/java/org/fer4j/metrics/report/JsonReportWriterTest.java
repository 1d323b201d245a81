package org.fer4j.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {

    @Test
    void writesEveryMetricAndTheMatrix() {
        ClassificationMetrics metrics = Samples.metrics();
        JsonObject json = JsonParser.parseString(JsonReportWriter.toJson(metrics)).getAsJsonObject();
        assertThat(json.get("total").getAsLong()).isEqualTo(20);
        assertThat(json.get("accuracy").getAsDouble()).isEqualTo(0.7);
        assertThat(json.getAsJsonObject("macroAverage").get("f1").getAsDouble())
                .isCloseTo(0.7008547008547009, within(1e-15));
        assertThat(json.getAsJsonObject("weightedAverage").get("precision").getAsDouble())
                .isCloseTo(0.7092857142857143, within(1e-15));
        JsonObject happy = json.getAsJsonArray("classes").get(1).getAsJsonObject();
        assertThat(happy.get("label").getAsString()).isEqualTo("happy");
        assertThat(happy.get("precision").getAsDouble()).isEqualTo(0.75);
        assertThat(happy.get("recall").getAsDouble()).isEqualTo(0.6);
        assertThat(happy.get("support").getAsLong()).isEqualTo(10);
        assertThat(json.getAsJsonObject("confusionMatrix").getAsJsonArray("counts").get(1).toString())
                .isEqualTo("[2,6,2]");
    }

    @Test
    void confusionMatrixRoundTripsThroughJsonAndFromAMetricsDocument(@TempDir Path dir) throws Exception {
        ConfusionMatrix matrix = Samples.matrix();
        assertThat(JsonReportWriter.readConfusionMatrix(JsonReportWriter.toJson(matrix), "m")).isEqualTo(matrix);
        assertThat(JsonReportWriter.readConfusionMatrix(JsonReportWriter.toJson(Samples.metrics()), "metrics"))
                .isEqualTo(matrix);
        Path file = dir.resolve("reports/cm.json");
        JsonReportWriter.write(matrix, file);
        assertThat(JsonReportWriter.readConfusionMatrix(file)).isEqualTo(matrix);
    }

    @Test
    void writesUnmeasuredVariantNumbersAsNull() {
        JsonObject variant = JsonParser.parseString(JsonReportWriter.toJson(Samples.comparison()))
                .getAsJsonObject()
                .getAsJsonArray("variants")
                .get(1)
                .getAsJsonObject();
        assertThat(variant.get("model").getAsString()).isEqualTo("cnn, lstm");
        assertThat(variant.get("testAccuracy").isJsonNull()).isTrue();
        assertThat(variant.get("trainValidationGap").getAsDouble()).isCloseTo(0.18, within(1e-12));
    }

    @Test
    void readingAMalformedMatrixNamesTheSource() {
        assertThatThrownBy(() -> JsonReportWriter.readConfusionMatrix(
                        "{\"labels\": [\"angry\", \"happy\"], \"counts\": [[1, 2], [3]]}", "cm.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cm.json: ")
                .hasMessageContaining("Row 1");
        assertThatThrownBy(() -> JsonReportWriter.readConfusionMatrix("{\"labels\": []}", "x.json"))
                .hasMessageStartingWith("x.json");
    }
}
