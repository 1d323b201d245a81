package org.fer4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.junit.jupiter.api.Test;

class ClipFramesTest {

    private static final LabelSet THREE = LabelSet.of(Emotion.ANGRY, Emotion.HAPPY, Emotion.SURPRISE);

    /** A clip whose frame t is filled with the value (first + t) / 10. */
    private static LabeledClip clip(String source, Emotion label, int frames, int first) {
        List<GrayImage> images = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            float[] pixels = new float[4];
            java.util.Arrays.fill(pixels, (first + t) / 10f);
            images.add(GrayImage.of(2, 2, pixels));
        }
        return new LabeledClip(Clip.of(images), label, source, "S" + first);
    }

    private static EmotionScores scores(float... p) {
        return EmotionScores.of(THREE, p);
    }

    @Test
    void stillsAreEveryFrameInClipAndFrameOrderWithLabelAndSubject() {
        List<LabeledClip> clips = List.of(clip("a", Emotion.HAPPY, 3, 1), clip("b", Emotion.ANGRY, 2, 5));

        List<LabeledClip> stills = ClipFrames.stills(clips);

        assertThat(stills).hasSize(5);
        assertThat(stills).allSatisfy(s -> assertThat(s.clip().length()).isEqualTo(1));
        assertThat(stills).extracting(s -> s.clip().frame(0).get(0, 0))
                .containsExactly(0.1f, 0.2f, 0.3f, 0.5f, 0.6f);
        assertThat(stills).extracting(LabeledClip::label)
                .containsExactly(Emotion.HAPPY, Emotion.HAPPY, Emotion.HAPPY, Emotion.ANGRY, Emotion.ANGRY);
        assertThat(stills).extracting(LabeledClip::subject).containsExactly("S1", "S1", "S1", "S5", "S5");
        assertThat(stills.get(4).source()).isEqualTo("b#frame 1");
    }

    @Test
    void meanAveragesEachClipsOwnFramesOnly() {
        List<LabeledClip> clips = List.of(clip("a", Emotion.HAPPY, 3, 1), clip("b", Emotion.ANGRY, 2, 5));
        List<EmotionScores> frames = List.of(
                scores(0.6f, 0.3f, 0.1f), scores(0.0f, 0.9f, 0.1f), scores(0.0f, 0.9f, 0.1f),
                scores(1.0f, 0.0f, 0.0f), scores(0.0f, 0.0f, 1.0f));

        List<EmotionScores> perClip = ClipFrames.mean(frames, clips);

        assertThat(perClip).hasSize(2);
        assertThat(perClip.get(0).toArray()[0]).isCloseTo(0.2f, within(1e-6f));
        assertThat(perClip.get(0).toArray()[1]).isCloseTo(0.7f, within(1e-6f));
        assertThat(perClip.get(0).toArray()[2]).isCloseTo(0.1f, within(1e-6f));
        assertThat(perClip.get(0).top()).isEqualTo(Emotion.HAPPY);
        assertThat(perClip.get(1).toArray()).containsExactly(0.5f, 0.0f, 0.5f);
    }

    @Test
    void meanCanOverruleTheLastFrame() {
        List<LabeledClip> clips = List.of(clip("a", Emotion.HAPPY, 3, 1));
        List<EmotionScores> frames = List.of(
                scores(0.1f, 0.8f, 0.1f), scores(0.1f, 0.8f, 0.1f), scores(0.1f, 0.4f, 0.5f));

        assertThat(ClipFrames.mean(frames, clips).get(0).top()).isEqualTo(Emotion.HAPPY);
        assertThat(ClipFrames.last(frames, clips).get(0).top()).isEqualTo(Emotion.SURPRISE);
    }

    @Test
    void lastTakesEachClipsFinalFrame() {
        List<LabeledClip> clips = List.of(clip("a", Emotion.HAPPY, 3, 1), clip("b", Emotion.ANGRY, 2, 5));
        EmotionScores lastOfA = scores(0.2f, 0.2f, 0.6f);
        EmotionScores lastOfB = scores(0.7f, 0.2f, 0.1f);
        List<EmotionScores> frames = List.of(
                scores(1, 0, 0), scores(1, 0, 0), lastOfA, scores(0, 1, 0), lastOfB);

        assertThat(ClipFrames.last(frames, clips)).containsExactly(lastOfA, lastOfB);
    }

    @Test
    void rejectsScoresThatDoNotMatchTheFrameCount() {
        List<LabeledClip> clips = List.of(clip("a", Emotion.HAPPY, 3, 1));
        List<EmotionScores> twoFrames = List.of(scores(1, 0, 0), scores(1, 0, 0));

        assertThatThrownBy(() -> ClipFrames.mean(twoFrames, clips))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 frame scores for 1 clips of 3 frames");
        assertThatThrownBy(() -> ClipFrames.last(twoFrames, clips)).isInstanceOf(IllegalArgumentException.class);
    }
}
