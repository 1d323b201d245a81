package org.fer4j.video.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.junit.jupiter.api.Test;

class HysteresisTest {

    private static final LabelSet LABELS = LabelSet.of(Emotion.HAPPY, Emotion.SAD, Emotion.NEUTRAL);

    private final Hysteresis.Filter tracker = new Hysteresis(0.2, 3).newFilter(7);
    private final List<EmotionChange> changes = new ArrayList<>();
    private long frame;

    @Test
    void firstEmotionSettlesAfterItLeadsForTheRequiredFrames() {
        feed(0.6f, 0.3f, 0.1f);
        feed(0.6f, 0.3f, 0.1f);
        assertThat(changes).isEmpty();
        assertThat(tracker.current()).isEmpty();
        feed(0.6f, 0.3f, 0.1f);
        assertThat(changes).containsExactly(new EmotionChange(7, null, Emotion.HAPPY, 2));
        assertThat(changes.get(0).isInitial()).isTrue();
        assertThat(tracker.current()).contains(Emotion.HAPPY);
    }

    @Test
    void twoCloseEmotionsAlternatingNeverFlicker() {
        settleOnHappy();
        for (int i = 0; i < 30; i++) {
            // SAD is on top every other frame, but only by 0.1 < margin 0.2.
            if (i % 2 == 0) {
                feed(0.4f, 0.5f, 0.1f);
            } else {
                feed(0.5f, 0.4f, 0.1f);
            }
        }
        assertThat(changes).isEmpty();
    }

    @Test
    void clearLeadThatIsInterruptedDoesNotSwitch() {
        settleOnHappy();
        feed(0.2f, 0.7f, 0.1f);
        feed(0.2f, 0.7f, 0.1f);
        feed(0.6f, 0.3f, 0.1f); // back to happy before the third frame
        feed(0.2f, 0.7f, 0.1f);
        feed(0.2f, 0.7f, 0.1f);
        assertThat(changes).isEmpty();
    }

    @Test
    void clearLeadHeldForTheRequiredFramesSwitchesOnce() {
        settleOnHappy();
        for (int i = 0; i < 6; i++) {
            feed(0.2f, 0.7f, 0.1f);
        }
        assertThat(changes).containsExactly(new EmotionChange(7, Emotion.HAPPY, Emotion.SAD, frame - 4));
        assertThat(tracker.current()).contains(Emotion.SAD);
    }

    @Test
    void noHysteresisFollowsEveryChangeOfTheTop() {
        Hysteresis.Filter eager = Hysteresis.none().newFilter(1);
        assertThat(eager.update(scores(0.6f, 0.3f, 0.1f), 0)).isPresent();
        assertThat(eager.update(scores(0.4f, 0.5f, 0.1f), 1)).contains(new EmotionChange(1, Emotion.HAPPY, Emotion.SAD, 1));
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatThrownBy(() -> new Hysteresis(-0.1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Hysteresis(0.1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private void settleOnHappy() {
        for (int i = 0; i < 3; i++) {
            feed(0.6f, 0.3f, 0.1f);
        }
        assertThat(changes).hasSize(1);
        changes.clear();
    }

    private void feed(float happy, float sad, float neutral) {
        tracker.update(scores(happy, sad, neutral), frame++).ifPresent(changes::add);
    }

    private static EmotionScores scores(float happy, float sad, float neutral) {
        return EmotionScores.of(LABELS, new float[] {happy, sad, neutral});
    }
}
