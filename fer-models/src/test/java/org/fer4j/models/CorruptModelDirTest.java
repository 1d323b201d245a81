package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.fer4j.models.nn.EmotionNet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EmotionRecognizer#load} of a damaged model directory: every kind of damage fails with an
 * {@link IOException} naming the file, never a half-loaded model, and loading changes nothing on disk.
 */
class CorruptModelDirTest {

    @TempDir Path dir;

    private byte[] params;

    @BeforeEach
    void saveATinyModel() throws IOException {
        try (EmotionRecognizer recognizer = EmotionRecognizer.builder().spec(SyntheticFaces.tinySpec(Temporal.LSTM, true)).build()) {
            recognizer.save(dir);
        }
        params = Files.readAllBytes(dir.resolve("model.params"));
    }

    private void assertLoadFailsNaming(String file, String says) throws IOException {
        List<String> before = listing();
        assertThatThrownBy(() -> EmotionRecognizer.load(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file)
                .hasMessageContaining(says)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("null").hasSizeLessThan(600));
        assertThat(listing()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.1, 0.5, 0.9, 0.999})
    void truncatedParametersAreReportedNamingTheFile(double kept) throws IOException {
        Files.write(dir.resolve("model.params"), Arrays.copyOf(params, (int) (params.length * kept)));

        assertLoadFailsNaming("model.params", "truncated or corrupt");
    }

    @Test
    void randomParametersAreReportedNamingTheFile() throws IOException {
        byte[] noise = new byte[params.length];
        new Random(4).nextBytes(noise);
        Files.write(dir.resolve("model.params"), noise);

        assertLoadFailsNaming("model.params", "does not hold parameters");
    }

    @Test
    void emptyOrMissingParametersAreReported() throws IOException {
        Files.write(dir.resolve("model.params"), new byte[0]);
        assertLoadFailsNaming("model.params", "is an empty file");

        Files.delete(dir.resolve("model.params"));
        assertLoadFailsNaming("model.params", "is not a whole saved fer4j model");
    }

    @Test
    void anEmptyOrTruncatedDescriptorIsReportedNamingIt() throws IOException {
        String json = Files.readString(dir.resolve("model.json"));
        Files.writeString(dir.resolve("model.json"), "");
        assertLoadFailsNaming("model.json", "");

        Files.writeString(dir.resolve("model.json"), json.substring(0, json.length() / 2));
        assertLoadFailsNaming("model.json", "malformed");
    }

    @Test
    void aSaveThatFailsMidWriteLeavesThePreviousModelWholeAndNoTemporaryFile() throws IOException {
        List<String> before = listing();
        CountingBlock failing = new CountingBlock(EmotionNet.of(SyntheticFaces.tinySpec(Temporal.GRU, false)), true);
        try (EmotionRecognizer other = EmotionRecognizer.builder()
                .spec(SyntheticFaces.tinySpec(Temporal.GRU, false)).block(failing).build()) {
            assertThatThrownBy(() -> other.save(dir)).isInstanceOf(IOException.class).hasMessageContaining("disk full");
        }

        assertThat(listing()).isEqualTo(before);
        assertThat(Files.readAllBytes(dir.resolve("model.params"))).isEqualTo(params);
        try (EmotionRecognizer reloaded = EmotionRecognizer.load(dir)) {
            assertThat(reloaded.spec().temporal()).isEqualTo(Temporal.LSTM);
        }
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName() + ":" + p.toFile().length()).sorted().toList();
        }
    }
}
