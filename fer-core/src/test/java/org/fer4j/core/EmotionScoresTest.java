package org.fer4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class EmotionScoresTest {

    @Test
    void softmaxOfLogitsSumsToOneAndKeepsTheirOrder() {
        EmotionScores scores = EmotionScores.fromLogits(LabelSet.FER2013, new float[] {1, 2, 3, 7, 0, -1, 2});

        float sum = 0;
        for (float p : scores.toArray()) {
            sum += p;
        }
        assertThat(sum).isCloseTo(1f, offset(1e-5f));
        assertThat(scores.top()).isEqualTo(Emotion.HAPPY);
        assertThat(scores.topIndex()).isEqualTo(3);
        assertThat(scores.probability(Emotion.ANGRY)).isLessThan(scores.probability(Emotion.FEAR));
        assertThat(scores.probability(1)).isEqualTo(scores.probability(6));
    }

    @Test
    void softmaxMatchesTheTextbookValues() {
        EmotionScores scores = EmotionScores.fromLogits(LabelSet.of(Emotion.HAPPY, Emotion.SAD), new float[] {0, (float) Math.log(3)});

        assertThat(scores.probability(Emotion.HAPPY)).isCloseTo(0.25f, offset(1e-6f));
        assertThat(scores.probability(Emotion.SAD)).isCloseTo(0.75f, offset(1e-6f));
    }

    @Test
    void largeLogitsDoNotOverflow() {
        EmotionScores scores = EmotionScores.fromLogits(LabelSet.of(Emotion.HAPPY, Emotion.SAD), new float[] {1000, 999});

        assertThat(scores.probability(Emotion.HAPPY)).isCloseTo(0.7311f, offset(1e-4f));
    }

    @Test
    void rejectsNaNLogits() {
        assertThatThrownBy(() -> EmotionScores.fromLogits(LabelSet.of(Emotion.HAPPY, Emotion.SAD), new float[] {1, Float.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void rejectsProbabilitiesThatDoNotFitTheLabelSet() {
        LabelSet two = LabelSet.of(Emotion.HAPPY, Emotion.SAD);

        assertThatThrownBy(() -> EmotionScores.of(two, new float[] {1f}))
                .hasMessageContaining("Expected 2 probabilities");
        assertThatThrownBy(() -> EmotionScores.of(two, new float[] {0.5f, 0.6f}))
                .hasMessageContaining("sum to");
        assertThatThrownBy(() -> EmotionScores.of(two, new float[] {1.5f, -0.5f}))
                .hasMessageContaining("Probability of sad is -0.5");
        assertThatThrownBy(() -> EmotionScores.fromLogits(two, new float[] {1, 2, 3}))
                .hasMessageContaining("Expected 2 probabilities");
    }

    @Test
    void probabilityOfAnEmotionOutsideTheSetIsZero() {
        EmotionScores scores = EmotionScores.of(LabelSet.of(Emotion.HAPPY, Emotion.SAD), new float[] {0.4f, 0.6f});

        assertThat(scores.probability(Emotion.CONTEMPT)).isZero();
        assertThat(scores.asMap()).containsExactly(
                entry(Emotion.HAPPY, 0.4f),
                entry(Emotion.SAD, 0.6f));
    }

    @Test
    void isNotChangedThroughTheArraysItWasMadeFromOrGives() {
        float[] p = {0.4f, 0.6f};
        EmotionScores scores = EmotionScores.of(LabelSet.of(Emotion.HAPPY, Emotion.SAD), p);

        p[0] = 0.9f;
        scores.toArray()[1] = 0.1f;

        assertThat(scores.toArray()).containsExactly(0.4f, 0.6f);
    }

    @Test
    void entropyIsZeroWhenCertainOneWhenUniformAndInBetweenOtherwise() {
        EmotionScores certain = EmotionScores.of(LabelSet.FER2013, new float[] {0, 0, 0, 1, 0, 0, 0});
        float[] uniform = new float[7];
        java.util.Arrays.fill(uniform, 1f / 7);
        EmotionScores halves = EmotionScores.of(LabelSet.FER2013, new float[] {0.5f, 0, 0, 0.5f, 0, 0, 0});

        assertThat(certain.entropy()).isZero();
        assertThat(EmotionScores.of(LabelSet.FER2013, uniform).entropy()).isCloseTo(1.0, offset(1e-6));
        assertThat(halves.entropy()).isCloseTo(Math.log(2) / Math.log(7), offset(1e-6));
    }

    @Test
    void confidenceComparesTheEntropyWithAThreshold() {
        EmotionScores decided = EmotionScores.of(LabelSet.FER2013, new float[] {0.02f, 0.01f, 0.01f, 0.9f, 0.02f, 0.02f, 0.02f});
        EmotionScores torn = EmotionScores.of(LabelSet.FER2013, new float[] {0.3f, 0.1f, 0.1f, 0.2f, 0.1f, 0.1f, 0.1f});

        assertThat(decided.isConfident(0.5)).isTrue();
        assertThat(torn.isConfident(0.5)).isFalse();
        assertThat(torn.margin()).isCloseTo(0.1, offset(1e-6));
        assertThat(decided.margin()).isCloseTo(0.88, offset(1e-6));
        assertThatThrownBy(() -> decided.isConfident(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
