package org.fer4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fer4j.models.ModelSpec;
import org.junit.jupiter.api.Test;

class BenchModelTest {

    @Test
    void aWidthNameOpensTheDefaultArchitectureScaledToThatFirstStage() {
        ModelFacts facts = BenchModel.parse("width-8").facts();

        assertThat(facts.spec().channels()).containsExactly(8, 16, 32, 64);
        assertThat(facts.spec().temporal()).isEqualTo(ModelSpec.builder().build().temporal());
        assertThat(facts.flopsPerFrame()).isLessThan(2.0 * ModelSpec.builder().build().macsPerFrame() / 10);
        assertThat(facts.provenance()).contains("untrained");
    }

    @Test
    void aWidthArchitectureRunsOnOnnxRuntimeExportedOnTheFly() {
        BenchModel narrow = BenchModel.parse("width-4");
        assertThat(narrow.shipped()).isFalse();
        assertThat(BenchModel.parse("cnn-rnn").shipped()).isTrue();
        // djl-onnx takes the same file; not here, since DJL's engine cannot start after ONNX Runtime's
        // environment exists in the JVM (JMH forks a JVM per benchmark)
        try (BenchRuntime.Scorer scorer = BenchRuntime.parse("onnx").open(narrow, 2, 1)) {
            assertThat(scorer.score()).isNotNull();
            assertThat(scorer.provenance()).contains("width-4", ".onnx").doesNotContain("cnn-rnn-augmented");
        }
    }

    @Test
    void aMalformedWidthNameIsRejectedNamingIt() {
        assertThatThrownBy(() -> BenchModel.parse("width-wide"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width-wide");
        assertThatThrownBy(() -> BenchModel.parse("width-0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width-0");
    }
}
