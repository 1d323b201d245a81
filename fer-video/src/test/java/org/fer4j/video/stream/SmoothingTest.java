package org.fer4j.video.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.junit.jupiter.api.Test;

class SmoothingTest {

    private static final LabelSet TWO = LabelSet.of(Emotion.HAPPY, Emotion.SAD);

    @Test
    void noneReturnsTheFrameScores() {
        ScoreSmoother smoother = Smoothing.none().newSmoother();
        EmotionScores scores = happy(0.8f);
        assertThat(smoother.smooth(scores)).isSameAs(scores);
    }

    @Test
    void exponentialStartsAtTheFirstFrameThenBlends() {
        ScoreSmoother smoother = Smoothing.exponential(0.25).newSmoother();
        assertThat(smoother.smooth(happy(1f)).probability(Emotion.HAPPY)).isCloseTo(1f, within(1e-6f));
        assertThat(smoother.smooth(happy(0f)).probability(Emotion.HAPPY)).isCloseTo(0.75f, within(1e-6f));
        assertThat(smoother.smooth(happy(0f)).probability(Emotion.HAPPY)).isCloseTo(0.5625f, within(1e-6f));
    }

    @Test
    void windowedMeanAveragesTheLastFramesOnly() {
        ScoreSmoother smoother = Smoothing.windowedMean(3).newSmoother();
        smoother.smooth(happy(1f));
        assertThat(smoother.smooth(happy(0.4f)).probability(Emotion.HAPPY)).isCloseTo(0.7f, within(1e-6f));
        assertThat(smoother.smooth(happy(0.1f)).probability(Emotion.HAPPY)).isCloseTo(0.5f, within(1e-6f));
        // The first frame (1.0) has left the window.
        assertThat(smoother.smooth(happy(0.1f)).probability(Emotion.HAPPY)).isCloseTo(0.2f, within(1e-6f));
    }

    @Test
    void eachTrackGetsIndependentState() {
        Smoothing smoothing = Smoothing.exponential(0.5);
        ScoreSmoother a = smoothing.newSmoother();
        ScoreSmoother b = smoothing.newSmoother();
        a.smooth(happy(1f));
        assertThat(b.smooth(happy(0f)).probability(Emotion.HAPPY)).isCloseTo(0f, within(1e-6f));
    }

    @Test
    void rejectsInvalidParameters() {
        assertThatThrownBy(() -> Smoothing.exponential(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Smoothing.exponential(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Smoothing.windowedMean(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static EmotionScores happy(float p) {
        return EmotionScores.of(TWO, new float[] {p, 1 - p});
    }
}
