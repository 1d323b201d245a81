package org.fer4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.fer4j.core.Progress;
import org.fer4j.core.data.FaceDataset;
import org.fer4j.core.data.InMemoryFaceDataset;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    /** Predicts class floor(brightness * 3) of {@link Examples#THREE}: dark angry, mid happy, bright sad. */
    private static final class BrightnessModel implements EmotionModel {
        final List<Integer> batches = new ArrayList<>();

        @Override
        public LabelSet labels() {
            return Examples.THREE;
        }

        @Override
        public EmotionScores predict(GrayImage face) {
            float[] p = new float[3];
            p[Math.min(2, (int) (face.get(0, 0) * 3))] = 1;
            return EmotionScores.of(Examples.THREE, p);
        }

        @Override
        public List<EmotionScores> predictAll(List<GrayImage> faces) {
            batches.add(faces.size());
            return faces.stream().map(this::predict).toList();
        }

        @Override
        public EmotionScores predict(Clip clip) {
            throw new AssertionError("evaluation must score faces through predictAll");
        }

        @Override
        public EmotionStream openStream() {
            throw new AssertionError("evaluation must score faces through predictAll");
        }

        @Override
        public void close() {}
    }

    /** Records what a progress listener is told. */
    private static final class RecordingProgress implements Progress {
        long max;
        final List<Long> updates = new ArrayList<>();
        boolean ended;

        @Override
        public void reset(String unit, long max) {
            this.max = max;
        }

        @Override
        public void end() {
            ended = true;
        }

        @Override
        public void increment(long more) {}

        @Override
        public void update(long done) {
            updates.add(done);
        }
    }

    private static GrayImage face(float brightness) {
        return GrayImage.of(2, 2, new float[] {brightness, brightness, brightness, brightness});
    }

    private static LabeledClip sample(Emotion truth, float... frames) {
        List<GrayImage> images = new ArrayList<>();
        for (float f : frames) {
            images.add(face(f));
        }
        return new LabeledClip(Clip.of(images), truth, "sample " + truth, "");
    }

    private static FaceDataset dataset(LabelSet labels, List<LabeledClip> samples) {
        return InMemoryFaceDataset.builder().optLabelSet(labels).setSamples(samples).build();
    }

    @Test
    void countsTopScoreAgainstTheLabelOfEverySample() throws Exception {
        List<LabeledClip> samples = List.of(
                sample(Emotion.ANGRY, 0.1f), sample(Emotion.HAPPY, 0.5f), sample(Emotion.SAD, 0.9f),
                sample(Emotion.SAD, 0.5f));

        ClassificationMetrics metrics = Evaluator.evaluate(new BrightnessModel(), dataset(Examples.THREE, samples));

        assertThat(metrics.total()).isEqualTo(4);
        assertThat(metrics.accuracy()).isEqualTo(0.75);
        assertThat(metrics.confusionMatrix().count(2, 1)).isEqualTo(1);
    }

    @Test
    void scoresTheLastFrameOfAClip() throws Exception {
        FaceDataset clips = dataset(Examples.THREE, List.of(sample(Emotion.SAD, 0.1f, 0.5f, 0.9f)));

        assertThat(Evaluator.evaluate(new BrightnessModel(), clips).accuracy()).isEqualTo(1.0);
    }

    @Test
    void scoresInChunksThroughPredictAllAndReportsProgressAfterEach() throws Exception {
        List<LabeledClip> samples = new ArrayList<>();
        for (int i = 0; i < Evaluator.CHUNK + 10; i++) {
            samples.add(sample(Emotion.HAPPY, 0.5f));
        }
        BrightnessModel model = new BrightnessModel();
        RecordingProgress progress = new RecordingProgress();

        ClassificationMetrics metrics = Evaluator.evaluate(model, dataset(Examples.THREE, samples), progress);

        assertThat(model.batches).containsExactly(Evaluator.CHUNK, 10);
        assertThat(progress.max).isEqualTo(Evaluator.CHUNK + 10);
        assertThat(progress.updates).containsExactly((long) Evaluator.CHUNK, (long) Evaluator.CHUNK + 10);
        assertThat(progress.ended).isTrue();
        assertThat(metrics.accuracy()).isEqualTo(1.0);
    }

    @Test
    void refusesADatasetOfOtherClasses() {
        FaceDataset fer = dataset(LabelSet.FER2013, List.of(sample(Emotion.HAPPY, 0.5f)));

        assertThatThrownBy(() -> Evaluator.evaluate(new BrightnessModel(), fer))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the dataset is labelled");
    }

    @Test
    void ofScoresRefusesMismatchedCountsAndClasses() {
        EmotionScores happy = EmotionScores.of(Examples.THREE, new float[] {0, 1, 0});
        EmotionScores other = EmotionScores.of(LabelSet.FER2013, new float[] {1, 0, 0, 0, 0, 0, 0});

        assertThatThrownBy(() -> Evaluator.ofScores(Examples.THREE, List.of(happy), new int[] {1, 1}))
                .hasMessageContaining("1 score vectors for 2 labelled samples");
        assertThatThrownBy(() -> Evaluator.ofScores(Examples.THREE, List.of(happy, other), new int[] {1, 1}))
                .hasMessageContaining("Scores of sample 1");
    }
}
