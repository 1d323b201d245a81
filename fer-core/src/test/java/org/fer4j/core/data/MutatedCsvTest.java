package org.fer4j.core.data;

import java.io.IOException;
import org.fer4j.core.image.SeededMutations;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz run in every build: 400 mutations of the FER2013 CSV seed corpus (plain and
 * gzip) must each load or fail with a {@link MalformedDataException} naming the file, in strict and
 * lenient mode (the property {@link Fer2013CsvFuzzTest} checks; its javadoc has the Jazzer command).
 */
class MutatedCsvTest {

    @Test
    void everyMutatedCsvLoadsOrFailsAsMalformedData() throws IOException {
        SeededMutations inputs = SeededMutations.ofCorpus("/org/fer4j/core/data/Fer2013CsvFuzzTestInputs/parseAnyCsv", 2024);
        Fer2013CsvFuzzTest property = new Fer2013CsvFuzzTest();
        for (int i = 0; i < 400; i++) {
            property.parseAnyCsv(inputs.next());
        }
    }
}
