package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelSpecTest {

    /** The text of the shipped architecture, exactly as the running training job's checkpoints hold it. */
    private static final String SHIPPED =
            "ModelSpec{labels=angry,disgust,fear,happy,sad,surprise,neutral, inputSide=48, channels=[32, 64, 128, 256], "
                    + "convsPerStage=2, featureSize=256, hiddenSize=128, dropout=0.4, attention=false, temporal=LSTM}";

    private static ModelSpec.Builder regions() {
        return ModelSpec.builder().optRegionSequence(true);
    }

    @Test
    void theDefaultSpecKeepsTheTextItsCheckpointsAreFingerprintedWith() {
        assertThat(ModelSpec.builder().build()).hasToString(SHIPPED);
        assertThat(ModelSpec.builder().optRegionSequence(false).build()).hasToString(SHIPPED);
    }

    @Test
    void regionSequenceIsOffByDefaultAndNamedInTheTextOnlyWhenOn() {
        ModelSpec shipped = ModelSpec.builder().build();
        ModelSpec rows = regions().build();

        assertThat(shipped.regionSequence()).isFalse();
        assertThat(rows.regionSequence()).isTrue();
        assertThat(rows.toString())
                .isEqualTo(SHIPPED.substring(0, SHIPPED.length() - 1) + ", regionSequence=true}");
    }

    @Test
    void regionSequenceTakesPartInEqualityAndSurvivesToBuilder() {
        ModelSpec rows = regions().build();

        assertThat(rows).isNotEqualTo(ModelSpec.builder().build());
        assertThat(rows.toBuilder().build()).isEqualTo(rows).hasSameHashCodeAs(rows);
        assertThat(rows.toBuilder().optRegionSequence(false).build()).isEqualTo(ModelSpec.builder().build());
    }

    @Test
    void regionSequenceWithoutRecurrenceIsRejectedNamingWhy() {
        assertThatThrownBy(() -> regions().optTemporal(Temporal.NONE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regionSequence")
                .hasMessageContaining("Temporal.NONE")
                .hasMessageContaining("LSTM or GRU");
    }

    @Test
    void regionSequenceWithAttentionIsRejectedNamingWhy() {
        assertThatThrownBy(() -> regions().optAttention(true).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regionSequence")
                .hasMessageContaining("attention");
    }

    @Test
    void theHeadMakesOneStepPerFrameOrOnePerRowOfTheLastFeatureMap() {
        assertThat(ModelSpec.builder().build().stepsPerFrame()).isEqualTo(1);
        assertThat(regions().build().stepsPerFrame()).isEqualTo(6);
        assertThat(regions().optChannels(8, 16).build().stepsPerFrame()).isEqualTo(24);
    }

    @Test
    void theShippedCostIsUnchanged() {
        assertThat(ModelSpec.builder().build().macsPerFrame()).isEqualTo(117_711_744L);
    }

    @Test
    void regionSequenceCostsAWiderDenseLayerAndOneRecurrentStepPerRow() {
        long side = 6;
        long channels = 256;
        long features = 256;
        long hidden = 128;
        long pooledDense = channels * features;
        long rowDense = side * (channels * side) * features;
        for (Temporal temporal : new Temporal[] {Temporal.LSTM, Temporal.GRU}) {
            long gates = temporal == Temporal.LSTM ? 4 : 3;
            long step = gates * hidden * (features + hidden);
            ModelSpec pooled = ModelSpec.builder().optTemporal(temporal).build();
            ModelSpec rows = pooled.toBuilder().optRegionSequence(true).build();

            assertThat(rows.macsPerFrame() - pooled.macsPerFrame())
                    .as("%s", temporal)
                    .isEqualTo(rowDense - pooledDense + (side - 1) * step);
        }
    }
}
