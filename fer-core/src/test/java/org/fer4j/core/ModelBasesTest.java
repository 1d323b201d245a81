package org.fer4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The two bases for models of your own: per-frame classifiers and decorators. */
class ModelBasesTest {

    /** Bright faces are happy, dark ones sad. */
    private static class Brightness extends PerFrameEmotionModel {
        @Override
        public LabelSet labels() {
            return LabelSet.FER2013;
        }

        @Override
        public EmotionScores predict(GrayImage face) {
            float[] p = new float[7];
            p[face.get(0, 0) > 0.5f ? 3 : 4] = 1;
            return EmotionScores.of(labels(), p);
        }
    }

    private static GrayImage face(float value) {
        return GrayImage.of(2, 2, new float[] {value, value, value, value});
    }

    @Test
    void aPerFrameModelScoresBatchesClipsAndStreamsFromItsOneMethod() {
        Brightness model = new Brightness();
        Clip darkThenBright = Clip.of(face(0.1f), face(0.9f));

        assertThat(model.predictAll(List.of(face(0.9f), face(0.1f))))
                .extracting(EmotionScores::top).containsExactly(Emotion.HAPPY, Emotion.SAD);
        assertThat(model.predict(darkThenBright).top()).as("a clip is its last frame").isEqualTo(Emotion.HAPPY);
        try (EmotionStream stream = model.openStream()) {
            assertThat(stream.next(face(0.1f)).top()).isEqualTo(Emotion.SAD);
            assertThat(stream.next(face(0.9f)).toArray()).containsExactly(model.predict(darkThenBright).toArray());
            assertThat(stream.framesSeen()).isEqualTo(2);
            stream.reset();
            assertThat(stream.framesSeen()).isZero();
        }
    }

    @Test
    void aDecoratorForwardsEveryCallAndOverridesOnlyWhatItWatches() {
        AtomicInteger faces = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        Brightness inner = new Brightness() {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        EmotionModel counting = new ForwardingEmotionModel(inner) {
            @Override
            public EmotionScores predict(GrayImage face) {
                faces.incrementAndGet();
                return super.predict(face);
            }
        };

        assertThat(counting.labels()).isEqualTo(LabelSet.FER2013);
        assertThat(counting.predict(face(0.9f)).top()).isEqualTo(Emotion.HAPPY);
        assertThat(counting.predict(Clip.of(face(0.2f))).top()).isEqualTo(Emotion.SAD);
        assertThat(faces).hasValue(1);
        counting.close();
        assertThat(closed).hasValue(1);
        assertThatThrownBy(() -> new ForwardingEmotionModel(null) {}).hasMessageContaining("model to forward to");
    }
}
