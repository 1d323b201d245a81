package org.fer4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmotionEnsembleTest {

    private static final LabelSet TWO = LabelSet.of(Emotion.HAPPY, Emotion.SAD);

    /**
     * Test double: P(happy) = brightness of the face's first pixel, scaled by {@code gain} and clipped
     * to [0, 1]; its stream scores the running mean brightness of the frames so far, so stream state
     * is observable.
     */
    private static class BrightnessGainModel implements EmotionModel {
        private final double gain;
        private final LabelSet labels;
        boolean closed;
        final List<String> events = new ArrayList<>();

        BrightnessGainModel(double gain) {
            this(gain, TWO);
        }

        BrightnessGainModel(double gain, LabelSet labels) {
            this.gain = gain;
            this.labels = labels;
        }

        private EmotionScores scores(double brightness) {
            float happy = (float) Math.min(1, Math.max(0, gain * brightness));
            return EmotionScores.of(labels, new float[] {happy, 1 - happy});
        }

        @Override
        public LabelSet labels() {
            return labels;
        }

        @Override
        public EmotionScores predict(GrayImage face) {
            return scores(face.pixels()[0]);
        }

        @Override
        public List<EmotionScores> predictAll(List<GrayImage> faces) {
            events.add("batch of " + faces.size());
            return faces.stream().map(this::predict).toList();
        }

        @Override
        public EmotionScores predict(Clip clip) {
            return predict(clip.frame(clip.length() - 1));
        }

        @Override
        public EmotionStream openStream() {
            return new EmotionStream() {
                double sum;
                int frames;

                @Override
                public EmotionScores next(GrayImage face) {
                    sum += face.pixels()[0];
                    frames++;
                    return scores(sum / frames);
                }

                @Override
                public void reset() {
                    sum = 0;
                    frames = 0;
                }

                @Override
                public int framesSeen() {
                    return frames;
                }

                @Override
                public void close() {
                    events.add("stream closed");
                }
            };
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static GrayImage face(float brightness) {
        return GrayImage.of(2, 2, new float[] {brightness, brightness, brightness, brightness});
    }

    @Test
    void equalWeightsAverageTheMembersProbabilities() {
        try (EmotionEnsemble ensemble = EmotionEnsemble.of(List.of(new BrightnessGainModel(1), new BrightnessGainModel(0)))) {
            EmotionScores scores = ensemble.predict(face(0.8f));

            assertThat(scores.probability(Emotion.HAPPY)).isCloseTo(0.4f, offset(1e-6f));
            assertThat(scores.probability(Emotion.SAD)).isCloseTo(0.6f, offset(1e-6f));
            assertThat(ensemble.weights()).containsExactly(0.5, 0.5);
        }
    }

    @Test
    void weightsAreScaledToSumToOne() {
        try (EmotionEnsemble ensemble =
                EmotionEnsemble.weighted(List.of(new BrightnessGainModel(1), new BrightnessGainModel(0)), 3, 1)) {
            assertThat(ensemble.weights()).containsExactly(0.75, 0.25);
            assertThat(ensemble.predict(face(0.8f)).probability(Emotion.HAPPY)).isCloseTo(0.6f, offset(1e-6f));
        }
    }

    @Test
    void aSingleMemberEnsembleScoresLikeTheMember() {
        BrightnessGainModel member = new BrightnessGainModel(0.5);
        try (EmotionEnsemble ensemble = EmotionEnsemble.of(List.of(member))) {
            assertThat(ensemble.predict(face(0.6f)).toArray()).containsExactly(member.predict(face(0.6f)).toArray());
        }
    }

    @Test
    void batchesGoToEachMemberOnceAndComeBackInInputOrder() {
        BrightnessGainModel a = new BrightnessGainModel(1);
        BrightnessGainModel b = new BrightnessGainModel(0.5);
        try (EmotionEnsemble ensemble = EmotionEnsemble.of(List.of(a, b))) {
            List<EmotionScores> scores = ensemble.predictAll(List.of(face(0.2f), face(1f), face(0.6f)));

            assertThat(scores).extracting(s -> s.probability(Emotion.HAPPY))
                    .containsExactly((0.2f + 0.1f) / 2, (1f + 0.5f) / 2, (0.6f + 0.3f) / 2);
            assertThat(a.events).containsExactly("batch of 3");
            assertThat(b.events).containsExactly("batch of 3");
        }
    }

    @Test
    void clipsAreScoredByEveryMember() {
        try (EmotionEnsemble ensemble = EmotionEnsemble.of(List.of(new BrightnessGainModel(1), new BrightnessGainModel(0.5)))) {
            EmotionScores scores = ensemble.predict(Clip.of(face(0.1f), face(0.8f)));

            assertThat(scores.probability(Emotion.HAPPY)).isCloseTo((0.8f + 0.4f) / 2, offset(1e-6f));
        }
    }

    @Test
    void theStreamCarriesEachMembersStateAndResetsAndClosesThemAll() {
        BrightnessGainModel a = new BrightnessGainModel(1);
        BrightnessGainModel b = new BrightnessGainModel(0.5);
        try (EmotionEnsemble ensemble = EmotionEnsemble.of(List.of(a, b))) {
            EmotionStream stream = ensemble.openStream();
            stream.next(face(0.2f));
            EmotionScores second = stream.next(face(0.6f));

            assertThat(stream.framesSeen()).isEqualTo(2);
            // running mean 0.4 -> member scores 0.4 and 0.2
            assertThat(second.probability(Emotion.HAPPY)).isCloseTo(0.3f, offset(1e-6f));

            stream.reset();
            assertThat(stream.framesSeen()).isZero();
            assertThat(stream.next(face(1f)).probability(Emotion.HAPPY)).isCloseTo(0.75f, offset(1e-6f));

            stream.close();
            assertThat(a.events).containsExactly("stream closed");
            assertThat(b.events).containsExactly("stream closed");
        }
    }

    @Test
    void closingTheEnsembleClosesEveryMemberEvenWhenOneFails() {
        BrightnessGainModel failing = new BrightnessGainModel(1) {
            @Override
            public void close() {
                throw new IllegalStateException("native free failed");
            }
        };
        BrightnessGainModel healthy = new BrightnessGainModel(1);
        EmotionEnsemble ensemble = EmotionEnsemble.of(List.of(failing, healthy));

        assertThatThrownBy(ensemble::close).hasMessage("native free failed");
        assertThat(healthy.closed).isTrue();
    }

    @Test
    void membersMustShareOneLabelSet() {
        LabelSet other = LabelSet.of(Emotion.HAPPY, Emotion.NEUTRAL);
        List<EmotionModel> members = List.of(new BrightnessGainModel(1), new BrightnessGainModel(1, other));

        assertThatThrownBy(() -> EmotionEnsemble.of(members))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Member 1 scores [" + other + "]")
                .hasMessageContaining("one label set");
    }

    @Test
    void badWeightsAreRefusedNamingTheProblem() {
        List<EmotionModel> two = List.of(new BrightnessGainModel(1), new BrightnessGainModel(1));

        assertThatThrownBy(() -> EmotionEnsemble.of(List.of()))
                .hasMessageContaining("at least one member");
        assertThatThrownBy(() -> EmotionEnsemble.weighted(two, 1))
                .hasMessageContaining("1 weights for 2 member models");
        assertThatThrownBy(() -> EmotionEnsemble.weighted(two, 1, Double.NaN))
                .hasMessageContaining("Weight of member 1 is NaN");
        assertThatThrownBy(() -> EmotionEnsemble.weighted(two, 1, -1))
                .hasMessageContaining("Weight of member 1 is -1.0");
        assertThatThrownBy(() -> EmotionEnsemble.weighted(two, 0, 0))
                .hasMessageContaining("sum to 0.0");
    }

    @Test
    void openingMembersFromSourcesAveragesThem() throws IOException {
        try (EmotionEnsemble ensemble = EmotionEnsemble.open(List.of(1.0, 0.0), BrightnessGainModel::new)) {
            assertThat(ensemble.members()).hasSize(2);
            assertThat(ensemble.predict(face(0.8f)).probability(Emotion.HAPPY)).isCloseTo(0.4f, offset(1e-6f));
        }
    }

    @Test
    void aMemberThatFailsToOpenClosesTheOnesAlreadyOpen() {
        List<BrightnessGainModel> opened = new ArrayList<>();
        EmotionEnsemble.MemberOpener<String> opener = source -> {
            if (source.equals("missing")) {
                throw new IOException("no model.json in " + source);
            }
            BrightnessGainModel model = new BrightnessGainModel(1);
            opened.add(model);
            return model;
        };

        assertThatThrownBy(() -> EmotionEnsemble.open(List.of("a", "b", "missing"), opener))
                .isInstanceOf(IOException.class)
                .hasMessage("no model.json in missing");
        assertThat(opened).hasSize(2).allSatisfy(m -> assertThat(m.closed).isTrue());
    }
}
