package org.fer4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code fer4j serve} refuses bad settings by name before it loads or binds anything. */
class ServeCommandTest {

    @Test
    void anUnknownModelIsNamedWithTheChoices() {
        Fer4jRun run = Fer4jRun.of("serve", "--port", "0", "--model", "resnet");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Unknown model variant 'resnet'", "cnn-attention");
    }

    @Test
    void outOfRangeLimitsAreNamed() {
        assertThat(Fer4jRun.of("serve", "--max-clients", "0").err()).contains("Max clients must be in [1, 1024], got 0");
        assertThat(Fer4jRun.of("serve", "--max-fps", "500").err()).contains("Max frames per second must be in (0, 120]");
        assertThat(Fer4jRun.of("serve", "--port", "70000").err()).contains("Port must be in [0, 65535], got 70000");
    }

    @Test
    void aNonNumberIsAUsageError() {
        Fer4jRun run = Fer4jRun.of("serve", "--port", "eighty");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port", "eighty");
    }
}
