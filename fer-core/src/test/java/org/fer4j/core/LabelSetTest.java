package org.fer4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabelSetTest {

    @Test
    void fer2013FollowsTheDatasetsClassOrder() {
        assertThat(LabelSet.FER2013.labels())
                .containsExactly("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral");
        assertThat(LabelSet.FER2013.indexOf(Emotion.NEUTRAL)).isEqualTo(6);
    }

    @Test
    void ckPlusHasContemptAndNoNeutral() {
        assertThat(LabelSet.CK_PLUS.size()).isEqualTo(7);
        assertThat(LabelSet.CK_PLUS.contains(Emotion.CONTEMPT)).isTrue();
        assertThat(LabelSet.CK_PLUS.contains(Emotion.NEUTRAL)).isFalse();
        assertThat(LabelSet.CK_PLUS.indexOf(Emotion.NEUTRAL)).isEqualTo(-1);
        assertThat(LabelSet.CK_PLUS.get(1)).isEqualTo(Emotion.CONTEMPT);
    }

    @Test
    void parsesCommaSeparatedLabelsWithAliases() {
        LabelSet set = LabelSet.parse(" happy, anger ,sadness");

        assertThat(set.emotions()).containsExactly(Emotion.HAPPY, Emotion.ANGRY, Emotion.SAD);
        assertThat(set.toString()).isEqualTo("happy,angry,sad");
        assertThat(set).isEqualTo(LabelSet.of(Emotion.HAPPY, Emotion.ANGRY, Emotion.SAD));
        assertThat(set).isNotEqualTo(LabelSet.of(Emotion.ANGRY, Emotion.HAPPY, Emotion.SAD));
    }

    @Test
    void rejectsDuplicateAndEmptySets() {
        assertThatThrownBy(() -> LabelSet.of(Emotion.HAPPY, Emotion.HAPPY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> LabelSet.parse("happy,joy")).hasMessageContaining("Duplicate");
        assertThatThrownBy(LabelSet::of).hasMessageContaining("at least one");
        assertThatThrownBy(() -> LabelSet.parse("happy,boredom")).hasMessageContaining("boredom");
    }

    @Test
    void rejectsAClassIndexOutsideTheSetNamingTheRange() {
        assertThatThrownBy(() -> LabelSet.FER2013.get(7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Class index 7 is outside 0..6");
        assertThatThrownBy(() -> LabelSet.FER2013.get(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
