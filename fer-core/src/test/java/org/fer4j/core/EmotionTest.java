package org.fer4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmotionTest {

    @Test
    void acceptsTheAliasesDatasetsUse() {
        assertThat(Emotion.fromLabel("anger")).contains(Emotion.ANGRY);
        assertThat(Emotion.fromLabel("sadness")).contains(Emotion.SAD);
        assertThat(Emotion.fromLabel("happiness")).contains(Emotion.HAPPY);
        assertThat(Emotion.fromLabel("surprised")).contains(Emotion.SURPRISE);
        assertThat(Emotion.fromLabel("fearful")).contains(Emotion.FEAR);
        assertThat(Emotion.fromLabel("disgusted")).contains(Emotion.DISGUST);
        assertThat(Emotion.fromLabel("contempt")).contains(Emotion.CONTEMPT);
        assertThat(Emotion.fromLabel("neutral")).contains(Emotion.NEUTRAL);
    }

    @Test
    void ignoresCaseAndSurroundingBlanks() {
        assertThat(Emotion.fromLabel("  Happy ")).contains(Emotion.HAPPY);
        assertThat(Emotion.fromLabel("ANGER")).contains(Emotion.ANGRY);
    }

    @Test
    void findsNothingForUnknownOrMissingLabels() {
        assertThat(Emotion.fromLabel("boredom")).isEmpty();
        assertThat(Emotion.fromLabel("")).isEmpty();
        assertThat(Emotion.fromLabel(null)).isEmpty();
    }

    @Test
    void everyLabelMapsBackToItsEmotion() {
        for (Emotion emotion : Emotion.values()) {
            assertThat(Emotion.fromLabel(emotion.label())).contains(emotion);
            assertThat(emotion.toString()).isEqualTo(emotion.label());
        }
    }

    @Test
    void parseNamesTheUnknownLabelAndTheAcceptedOnes() {
        assertThatThrownBy(() -> Emotion.parse("boredom"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'boredom'")
                .hasMessageContaining("sadness");
    }
}
