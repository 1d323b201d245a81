package org.fer4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the FER2013 CSV reader (plain or gzip, recognised by content) with Jazzer: any file either
 * loads, in strict and in lenient mode, into 48x48 faces, or fails with a {@link
 * MalformedDataException} naming the file, quoting little; nothing else escapes.
 *
 * <p>A normal build runs Jazzer's regression mode over the seed corpus in {@code
 * src/test/resources/org/fer4j/core/data/Fer2013CsvFuzzTestInputs/parseAnyCsv/}. To fuzz for real:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -o -pl fer-core test -Dtest=Fer2013CsvFuzzTest -Djazzer.max_duration=10m
 * }</pre>
 */
class Fer2013CsvFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parseAnyCsv(byte[] data) throws IOException {
        Path csv = Files.createTempFile("fer2013-fuzz", ".csv");
        try {
            Files.write(csv, data);
            for (boolean lenient : new boolean[] {false, true}) {
                load(csv, lenient);
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static void load(Path csv, boolean lenient) {
        Fer2013Dataset dataset = Fer2013Dataset.builder().setCsvPath(csv).optLenient(lenient).build();
        try {
            dataset.prepare();
        } catch (MalformedDataException e) {
            assertThat(e.getMessage()).contains(csv.getFileName().toString()).doesNotContain("(null)").hasSizeLessThan(8000);
            return;
        } catch (IOException e) {
            throw new AssertionError("not a MalformedDataException: " + e, e);
        }
        assertThat(dataset.size()).isPositive();
        assertThat(dataset.sample(0).clip().width()).isEqualTo(48);
    }
}
