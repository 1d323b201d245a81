package org.fer4j.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.util.List;
import org.fer4j.core.AttentionMap;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.detect.HostApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped models on ONNX Runtime: what they load as, how they score, stream, explain and close. */
class OnnxEmotionModelTest {

    private static void assertSameScores(EmotionScores actual, EmotionScores expected, float tolerance) {
        float[] a = actual.toArray();
        float[] e = expected.toArray();
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("class %d", i).isCloseTo(e[i], within(tolerance));
        }
    }

    @Test
    void theDefaultIsTheAugmentedCnnRnnWithFlipAveragingAndItsCard() throws IOException {
        try (OnnxEmotionModel fer = OnnxEmotionModel.pretrained()) {
            assertThat(fer.labels()).isEqualTo(LabelSet.FER2013);
            assertThat(fer.flipAveraging()).isTrue();
            assertThat(fer.inputSide()).isEqualTo(48);
            assertThat(fer.card().variant()).isEqualTo(OnnxEmotionModel.DEFAULT_VARIANT);
            assertThat(fer.card().name()).isEqualTo("fer4j-default");
            assertThat(fer.card().trainingData()).contains("FER2013");
            assertThat(fer.source()).contains("cnn-rnn-augmented/model.onnx");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cnn-rnn", "cnn-attention", "cnn-rnn-augmented"})
    void everyShippedVariantLoadsAndStreamsExactlyAsItScoresClipsWithFlipAveraging(String variant) throws IOException {
        List<GrayImage> frames = TestFaces.faces(6, 48, 3);
        try (OnnxEmotionModel fer = OnnxEmotionModel.pretrained(variant); EmotionStream stream = fer.openStream()) {
            assertThat(fer.card().variant()).isEqualTo(variant);
            for (int t = 0; t < frames.size(); t++) {
                EmotionScores streamed = stream.next(frames.get(t));
                assertSameScores(streamed, fer.predict(Clip.of(frames.subList(0, t + 1))), 1e-5f);
            }
            assertThat(stream.framesSeen()).isEqualTo(frames.size());
        }
    }

    @Test
    void aStreamWithoutFlipAveragingEqualsTheClipToo() throws IOException {
        List<GrayImage> frames = TestFaces.faces(5, 60, 4);
        try (OnnxEmotionModel fer = OnnxEmotionModel.builder().setVariant("cnn-rnn").build();
                EmotionStream stream = fer.openStream()) {
            EmotionScores last = null;
            for (GrayImage frame : frames) {
                last = stream.next(frame);
            }
            assertSameScores(last, fer.predict(Clip.of(frames)), 1e-5f);
            stream.reset();
            assertThat(stream.framesSeen()).isZero();
            assertSameScores(stream.next(frames.get(2)), fer.predict(frames.get(2)), 1e-5f);
        }
    }

    @Test
    void flipAveragingIsTheMeanOfTheFaceAndItsMirror() throws IOException {
        GrayImage face = TestFaces.faces(1, 48, 9).get(0);
        float[] mirrored = new float[48 * 48];
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                mirrored[y * 48 + x] = face.get(47 - x, y);
            }
        }
        try (OnnxEmotionModel flip = OnnxEmotionModel.pretrained();
                OnnxEmotionModel plain = OnnxEmotionModel.builder().setVariant(OnnxEmotionModel.DEFAULT_VARIANT).build()) {
            float[] a = plain.predict(face).toArray();
            float[] b = plain.predict(GrayImage.of(48, 48, mirrored)).toArray();
            float[] mean = new float[a.length];
            for (int i = 0; i < a.length; i++) {
                mean[i] = (a[i] + b[i]) / 2;
            }
            assertSameScores(flip.predict(face), EmotionScores.normalizing(LabelSet.FER2013, mean), 1e-5f);
        }
    }

    @Test
    void predictAllGivesEachFaceItsOwnScoresInOrderAcrossBatches() throws IOException {
        List<GrayImage> faces = TestFaces.faces(7, 48, 5);
        try (OnnxEmotionModel fer = OnnxEmotionModel.builder().setVariant("cnn-rnn").optFlipAveraging(true)
                .optBatchSize(3).build()) {
            List<EmotionScores> all = fer.predictAll(faces);
            assertThat(all).hasSize(7);
            for (int i = 0; i < faces.size(); i++) {
                assertSameScores(all.get(i), fer.predict(faces.get(i)), 1e-5f);
            }
        }
    }

    @Test
    void theAttentionModelShowsWhereItLookedPerFrame() throws IOException {
        Clip clip = Clip.of(TestFaces.faces(2, 48, 6));
        try (OnnxEmotionModel fer = OnnxEmotionModel.pretrained("cnn-attention");
                OnnxEmotionModel rnn = OnnxEmotionModel.pretrained("cnn-rnn")) {
            AttentionMap map = fer.explain(clip).attention().orElseThrow();
            assertThat(map.side()).isEqualTo(6);
            assertThat(map.frames()).isEqualTo(2);
            for (int t = 0; t < 2; t++) {
                double sum = 0;
                for (float w : map.weights(t)) {
                    assertThat(w).isGreaterThanOrEqualTo(0f);
                    sum += w;
                }
                assertThat(sum).isCloseTo(1.0, within(1e-4));
            }
            assertThat(rnn.explain(clip).attention()).isEmpty();
        }
    }

    @Test
    void aStreamRefusesAFrameOfAnotherSizeNamingTheFrame() throws IOException {
        try (OnnxEmotionModel fer = OnnxEmotionModel.pretrained(); EmotionStream stream = fer.openStream()) {
            stream.next(TestFaces.faces(1, 48, 1).get(0));
            stream.next(TestFaces.faces(1, 48, 2).get(0));
            assertThatThrownBy(() -> stream.next(TestFaces.faces(1, 64, 3).get(0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Frame 2")
                    .hasMessageContaining("64x64")
                    .hasMessageContaining("48x48");
            assertThat(stream.framesSeen()).isEqualTo(2);
            stream.reset();
            assertThat(stream.next(TestFaces.faces(1, 64, 3).get(0)).labels()).isEqualTo(LabelSet.FER2013);
        }
    }

    @Test
    void aClosedModelAndItsStreamsThrowIllegalStateAndCloseIsIdempotent() throws IOException {
        GrayImage face = TestFaces.faces(1, 48, 1).get(0);
        OnnxEmotionModel fer = OnnxEmotionModel.pretrained();
        EmotionStream stream = fer.openStream();
        stream.next(face);
        fer.close();
        fer.close();
        assertThatThrownBy(() -> fer.predict(face)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> fer.predictAll(List.of(face))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> fer.explain(Clip.of(face, face))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(fer::openStream).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> stream.next(face)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        stream.close();
    }

    @Test
    void aClosedStreamThrowsWhileItsModelStillServes() throws IOException {
        GrayImage face = TestFaces.faces(1, 48, 1).get(0);
        try (OnnxEmotionModel fer = OnnxEmotionModel.pretrained()) {
            EmotionStream stream = fer.openStream();
            stream.close();
            assertThatThrownBy(() -> stream.next(face)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("stream");
            assertThat(fer.predict(face).labels()).isEqualTo(LabelSet.FER2013);
        }
    }

    @Test
    void theModelSharesTheProcessWideEnvironmentAnApplicationAlreadyUses() throws IOException {
        OrtEnvironment host = OrtEnvironment.getEnvironment("host-application");
        try (OnnxEmotionModel fer = OnnxEmotionModel.pretrained()) {
            assertThat(fer.predict(TestFaces.faces(1, 48, 1).get(0)).labels()).isEqualTo(LabelSet.FER2013);
        }
        assertThat(OrtEnvironment.getEnvironment()).isSameAs(host);
    }

    @Test
    void aHostThatCreatedAnEnvironmentWithGlobalThreadPoolsFirstCanStillLoadTheModel() throws Exception {
        String output = HostApplication.runInFreshJvm(HostEnvironmentProbe.class);

        assertThat(output).contains("beside the host environment");
    }

    @Test
    void anUnknownVariantIsRefusedListingTheShippedOnes() {
        assertThatThrownBy(() -> OnnxEmotionModel.pretrained("cnn-transformer"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cnn-transformer")
                .hasMessageContaining("cnn-rnn-augmented, cnn-rnn, cnn-attention");
    }
}
