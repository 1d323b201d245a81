package org.fer4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResourceFileTest {

    @Test
    void copiesTheResourceAndDeletesTheCopyOnClose() throws Exception {
        Path copy;
        try (ResourceFile file = ResourceFile.copy(ResourceFileTest.class, "/org/fer4j/core/resource-file.txt", ".txt")) {
            copy = file.path();
            assertThat(copy.getFileName().toString()).startsWith("fer4j-resource-file-").endsWith(".txt");
            assertThat(Files.readString(copy)).isEqualTo("fer4j resource copy\n");
        }
        assertThat(copy).doesNotExist();
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> ResourceFile.copy(ResourceFileTest.class, "/no/such/model.onnx", ".onnx"))
                .isInstanceOf(FileNotFoundException.class)
                .hasMessageContaining("/no/such/model.onnx");
    }
}
