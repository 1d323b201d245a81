package org.fer4j.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.fer4j.core.LabelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are not (usable) fer4j models are refused at load time with the file named. */
class OnnxModelLoadingTest {

    @TempDir
    Path dir;

    private static byte[] shippedDefault() throws IOException {
        try (InputStream in = OnnxEmotionModel.class.getResourceAsStream(
                OnnxEmotionModel.resource(OnnxEmotionModel.DEFAULT_VARIANT))) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 1000, 2_000_000, 5_000_000})
    void aTruncatedModelIsRefusedNamingTheFile(int keptBytes) throws IOException {
        byte[] model = shippedDefault();
        Path file = dir.resolve("truncated-" + keptBytes + ".onnx");
        Files.write(file, Arrays.copyOf(model, Math.min(keptBytes, model.length - 1)));
        assertThatThrownBy(() -> OnnxEmotionModel.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a readable ONNX model");
    }

    @Test
    void randomBytesAndTextAreRefusedNamingTheFile() throws IOException {
        byte[] noise = new byte[4096];
        new SplittableRandom(1).nextBytes(noise);
        Path random = Files.write(dir.resolve("noise.onnx"), noise);
        Path text = Files.writeString(dir.resolve("notes.onnx"), "not a model\n".repeat(50), StandardCharsets.UTF_8);
        for (Path file : new Path[] {random, text}) {
            assertThatThrownBy(() -> OnnxEmotionModel.load(file))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(file.toString());
        }
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.onnx");
        assertThatThrownBy(() -> OnnxEmotionModel.load(missing))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aForeignOnnxModelIsRefusedAsNotAFer4jEmotionModel() throws IOException {
        Path blazeFace = dir.resolve("face_detection_short_range.onnx");
        try (java.io.InputStream in = getClass().getResourceAsStream(
                "/org/fer4j/detect/blazeface/face_detection_short_range.onnx")) {
            assertThat(in).as("fer-detect's BlazeFace model on the test classpath").isNotNull();
            Files.copy(in, blazeFace);
        }
        assertThatThrownBy(() -> OnnxEmotionModel.load(blazeFace))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(blazeFace.toString())
                .hasMessageContaining("is not a fer4j emotion model");
    }

    @Test
    void aModelWhoseLabelsOrInputSideDifferFromTheRequiredOnesIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("default.onnx"), shippedDefault());
        assertThatThrownBy(() -> OnnxEmotionModel.builder().setModelPath(file).optRequiredLabels(LabelSet.CK_PLUS).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("contempt");
        assertThatThrownBy(() -> OnnxEmotionModel.builder().setModelPath(file).optRequiredInputSide(64).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("48x48")
                .hasMessageContaining("64x64");
        try (OnnxEmotionModel fer = OnnxEmotionModel.builder().setModelPath(file)
                .optRequiredLabels(LabelSet.FER2013).optRequiredInputSide(48).build()) {
            assertThat(fer.labels()).isEqualTo(LabelSet.FER2013);
        }
    }

    @Test
    void modelBytesLoadUnderTheGivenName() throws IOException {
        try (OnnxEmotionModel fer = OnnxEmotionModel.builder().optModelBytes(shippedDefault(), "my-model").build()) {
            assertThat(fer.source()).isEqualTo("my-model");
        }
        assertThatThrownBy(() -> OnnxEmotionModel.builder().optModelBytes(new byte[10], "broken-bytes").build())
                .hasMessageContaining("broken-bytes");
    }

    @Test
    void theBuilderWantsExactlyOneSourceAndPositiveSettings() {
        assertThatThrownBy(() -> OnnxEmotionModel.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("setModelPath");
        assertThatThrownBy(() -> OnnxEmotionModel.builder().setVariant("cnn-rnn").setModelPath(dir).build())
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> OnnxEmotionModel.builder().setVariant("cnn-rnn").optIntraOpThreads(0).build())
                .hasMessageContaining("intraOpThreads");
    }
}
