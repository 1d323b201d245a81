package org.fer4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoTemporary() throws IOException {
        Path file = dir.resolve("report.json");
        AtomicFile.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("new, half".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(file).hasContent("old");
        assertThat(dir.resolve("report.json" + AtomicFile.TMP_SUFFIX)).doesNotExist();
    }

    @Test
    void theTemporaryFileAKilledWriteLeftIsNeverReadAndTheNextWriteReplacesIt() throws IOException {
        Path file = dir.resolve("sub/fold-01.json");
        AtomicFile.writeString(file, "{\"complete\":1}");
        Path torn = dir.resolve("sub/fold-01.json" + AtomicFile.TMP_SUFFIX);
        Files.writeString(torn, "{\"compl");
        assertThat(file).hasContent("{\"complete\":1}");

        AtomicFile.writeString(file, "{\"complete\":2}");

        assertThat(file).hasContent("{\"complete\":2}");
        assertThat(torn).doesNotExist();
    }

    @Test
    void aPendingWriteShowsNothingUntilCommittedAndNothingWhenAbandoned() throws IOException {
        Path file = dir.resolve("results.csv");
        try (AtomicFile.Pending pending = AtomicFile.open(file)) {
            pending.stream().write("a,b\n".getBytes());
            pending.stream().flush();
            assertThat(file).doesNotExist();
            pending.commit();
        }
        assertThat(file).hasContent("a,b");
        try (AtomicFile.Pending pending = AtomicFile.open(file)) {
            pending.stream().write("torn".getBytes());
        }
        assertThat(file).hasContent("a,b");
        assertThat(dir.resolve("results.csv" + AtomicFile.TMP_SUFFIX)).doesNotExist();
    }
}
