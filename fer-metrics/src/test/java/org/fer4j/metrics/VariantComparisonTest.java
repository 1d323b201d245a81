package org.fer4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VariantComparisonTest {

    private final VariantComparison comparison =
            VariantComparison.builder()
                    .addVariant("cnn", 0.82, 0.66, 0.65, 0.61)
                    .addVariant("cnn-lstm", 0.90, 0.69, Double.NaN, 0.64)
                    .build();

    @Test
    void keepsVariantsInInsertionOrder() {
        assertThat(comparison.variants()).extracting(VariantResult::model).containsExactly("cnn", "cnn-lstm");
    }

    @Test
    void theGapIsTrainMinusValidationAccuracy() {
        assertThat(comparison.variants().get(0).generalizationGap()).isCloseTo(0.16, within(1e-12));
        assertThat(new VariantResult("x", Double.NaN, 0.5, 0.5, 0.5).generalizationGap()).isNaN();
    }

    @Test
    void picksTheBestVariantByValidationAccuracy() {
        assertThat(comparison.bestByValidation()).map(VariantResult::model).contains("cnn-lstm");
    }

    @Test
    void knowsWhetherAnyVariantHasATestAccuracy() {
        assertThat(comparison.hasTestAccuracy()).isTrue();
        assertThat(VariantComparison.builder().addVariant("a", 0.5, 0.5, Double.NaN, 0.5).build().hasTestAccuracy())
                .isFalse();
    }

    @Test
    void takesAccuraciesAndTheTestMacroF1FromFullMetrics() {
        ClassificationMetrics test = ClassificationMetrics.of(ConfusionMatrix.of(Examples.THREE, Examples.THREE_COUNTS));
        ClassificationMetrics perfect = ClassificationMetrics.of(Examples.THREE, new int[] {0, 1}, new int[] {0, 1});
        VariantResult result =
                VariantComparison.builder().addVariant("m", perfect, perfect, test).build().variants().get(0);
        assertThat(result).isEqualTo(new VariantResult("m", 1.0, 1.0, test.accuracy(), test.macroF1()));
    }

    @Test
    void rejectsADuplicateModelName() {
        assertThatThrownBy(() -> VariantComparison.builder().addVariant("a", 1, 1, 1, 1).addVariant("a", 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a' was added twice");
    }

    @Test
    void rejectsAnAccuracyOutsideZeroToOneNamingTheVariant() {
        assertThatThrownBy(() -> new VariantResult("big", 1.2, 0.5, 0.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("train accuracy of variant 'big' is 1.2");
    }

    @Test
    void needsAtLeastOneVariant() {
        assertThatThrownBy(() -> VariantComparison.builder().build()).isInstanceOf(IllegalStateException.class);
    }
}
