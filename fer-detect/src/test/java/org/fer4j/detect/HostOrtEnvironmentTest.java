package org.fer4j.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HostOrtEnvironmentTest {

    @Test
    void detectorLoadsWhenTheHostApplicationCreatedItsOwnEnvironmentWithThreadPoolsFirst() throws Exception {
        // A fresh JVM, since the environment is process-wide and another test may have created it.
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(), "-cp", System.getProperty("java.class.path"), HostEnvironmentFirstMain.class.getName())
                .redirectErrorStream(true)
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("child JVM finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("detected, environment shared: true");
    }
}
