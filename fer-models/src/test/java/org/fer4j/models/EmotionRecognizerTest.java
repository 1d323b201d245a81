package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fer4j.core.AttentionMap;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabeledClip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmotionRecognizerTest {

    private static EmotionRecognizer tiny(Temporal temporal, boolean attention) {
        return EmotionRecognizer.builder().spec(SyntheticFaces.tinySpec(temporal, attention)).build();
    }

    private static void assertSameScores(EmotionScores actual, EmotionScores expected) {
        float[] a = actual.toArray();
        float[] e = expected.toArray();
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("class %d", i).isCloseTo(e[i], within(1e-5f));
        }
    }

    @Test
    void streamingFrameByFrameEqualsScoringTheWholeClip() {
        for (Temporal temporal : Temporal.values()) {
            try (EmotionRecognizer recognizer = tiny(temporal, false);
                    EmotionStream stream = recognizer.openStream()) {
                Clip clip = SyntheticFaces.clips(1, 5, 3).get(0).clip();
                EmotionScores last = null;
                for (GrayImage frame : clip.frames()) {
                    last = stream.next(frame);
                }
                EmotionScores whole = recognizer.predict(temporal == Temporal.NONE ? Clip.still(clip.frame(4)) : clip);
                assertSameScores(last, whole);
                assertThat(stream.framesSeen()).isEqualTo(5);
            }
        }
    }

    @Test
    void streamResetStartsAFreshSequence() {
        try (EmotionRecognizer recognizer = tiny(Temporal.LSTM, false);
                EmotionStream stream = recognizer.openStream()) {
            Clip clip = SyntheticFaces.clips(1, 3, 4).get(0).clip();
            stream.next(clip.frame(0));
            stream.next(clip.frame(1));
            stream.reset();
            assertSameScores(stream.next(clip.frame(2)), recognizer.predict(clip.frame(2)));
        }
    }

    @Test
    void attentionMapHasFeatureMapShapeAndSumsToOnePerFrame() {
        try (EmotionRecognizer recognizer = tiny(Temporal.LSTM, true)) {
            Clip clip = SyntheticFaces.clips(1, 2, 5).get(0).clip();
            AttentionMap map = recognizer.explain(clip).attention().orElseThrow();
            assertThat(map.side()).isEqualTo(SyntheticFaces.SIDE / 2);
            assertThat(map.frames()).isEqualTo(2);
            for (int t = 0; t < 2; t++) {
                double sum = 0;
                for (float w : map.weights(t)) {
                    assertThat(w).isGreaterThanOrEqualTo(0f);
                    sum += w;
                }
                assertThat(sum).isCloseTo(1.0, within(1e-4));
            }
            assertThat(map.toImage(0, 48).width()).isEqualTo(48);
        }
    }

    @Test
    void aFreshlyBuiltRecognizerStartsFromHeInitialisedWeights() {
        try (EmotionRecognizer fer = EmotionRecognizer.builder().build()) {
            for (var parameter : fer.block().getParameters()) {
                ai.djl.ndarray.NDArray w = parameter.getValue().getArray();
                if (parameter.getValue().getType() != ai.djl.nn.Parameter.Type.WEIGHT || w.getShape().dimension() != 4) {
                    continue;
                }
                long fanIn = w.getShape().size() / w.getShape().get(0);
                double std = Math.sqrt(w.pow(2).mean().getFloat());
                assertThat(std).as(parameter.getKey()).isCloseTo(Math.sqrt(2.0 / fanIn), within(0.15 * Math.sqrt(2.0 / fanIn)));
            }
        }
    }

    @Test
    void theFluentBuilderMakesARegionSequenceModelThatScoresStillsAndSaysSoOnItsCard() {
        try (EmotionRecognizer fer = EmotionRecognizer.builder()
                .spec(SyntheticFaces.tinySpec(Temporal.GRU, false)).regionSequence(true).build()) {
            assertThat(fer.spec().regionSequence()).isTrue();
            assertThat(fer.card().variant()).isEqualTo("GRU+regions");
            EmotionScores scores = fer.predict(SyntheticFaces.clips(1, 1, 3).get(0).clip().frame(0));
            assertThat(scores.toArray()).hasSize(7);
        }
    }

    @Test
    void modelsWithoutAttentionReportNoMap() {
        try (EmotionRecognizer recognizer = tiny(Temporal.GRU, false)) {
            assertThat(recognizer.explain(SyntheticFaces.clips(1, 1, 1).get(0).clip()).attention()).isEmpty();
        }
    }

    @Test
    void saveThenLoadGivesIdenticalScores(@TempDir Path dir) throws IOException {
        Clip clip = SyntheticFaces.clips(1, 3, 6).get(0).clip();
        try (EmotionRecognizer original = tiny(Temporal.GRU, true)) {
            EmotionScores before = original.predict(clip);
            original.save(dir);
            try (EmotionRecognizer loaded = EmotionRecognizer.load(dir)) {
                assertThat(loaded.spec()).isEqualTo(original.spec());
                assertThat(loaded.predict(clip).toArray()).containsExactly(before.toArray());
            }
        }
    }

    @Test
    void loadingParametersOfAnotherArchitectureFailsNamingTheFile(@TempDir Path dir) throws IOException {
        try (EmotionRecognizer lstm = tiny(Temporal.LSTM, false)) {
            lstm.save(dir);
        }
        try (EmotionRecognizer attention = tiny(Temporal.NONE, true)) {
            assertThatThrownBy(() -> attention.loadParameters(dir.resolve("model.params")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("model.params");
        }
    }

    @Test
    void loadingACorruptDescriptorFailsClearly(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("model.json"), "{not json");
        assertThatThrownBy(() -> EmotionRecognizer.load(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("model.json");
    }

    @Test
    void loadingADirectoryWithoutADescriptorSaysItIsNoSavedModel(@TempDir Path dir) {
        assertThatThrownBy(() -> EmotionRecognizer.load(dir.resolve("nope")))
                .isInstanceOf(IOException.class)
                .hasMessage(dir.resolve("nope") + " is not a saved fer4j model: it has no model.json");
    }

    @Test
    void oneRecognizerSharedByEightThreadsGivesTheSameScoresAsOneThread() throws Exception {
        List<LabeledClip> clips = SyntheticFaces.clips(32, 1, 7);
        try (EmotionRecognizer recognizer = tiny(Temporal.LSTM, true)) {
            List<EmotionScores> expected = new ArrayList<>();
            for (LabeledClip c : clips) {
                expected.add(recognizer.predict(c.clip()));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<EmotionScores>> futures = new ArrayList<>();
                for (int round = 0; round < 4; round++) {
                    for (LabeledClip c : clips) {
                        futures.add(pool.submit(() -> recognizer.predict(c.clip())));
                    }
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertSameScores(futures.get(i).get(), expected.get(i % clips.size()));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void batchPredictionMatchesOneByOneAndResizesAnySizeOfFace() {
        try (EmotionRecognizer recognizer = tiny(Temporal.NONE, false)) {
            List<GrayImage> faces = new ArrayList<>();
            for (LabeledClip c : SyntheticFaces.clips(10, 1, 8)) {
                faces.add(c.clip().frame(0));
            }
            faces.add(GrayImage.of(40, 30, new float[40 * 30]));
            List<EmotionScores> batch = recognizer.predictAll(faces);
            for (int i = 0; i < faces.size(); i++) {
                assertSameScores(batch.get(i), recognizer.predict(faces.get(i)));
            }
        }
    }
}
