package org.fer4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AccuracySummaryTest {

    @Test
    void givesMeanSampleStandardDeviationAndRange() {
        AccuracySummary s = AccuracySummary.of(new double[] {0.5, 0.7, 0.9});

        assertThat(s.folds()).isEqualTo(3);
        assertThat(s.mean()).isCloseTo(0.7, within(1e-12));
        assertThat(s.std()).isCloseTo(0.2, within(1e-12));
        assertThat(s.min()).isEqualTo(0.5);
        assertThat(s.max()).isEqualTo(0.9);
    }

    @Test
    void equalFoldsHaveNoSpreadAndOneFoldAnUndefinedOne() {
        assertThat(AccuracySummary.of(new double[] {0.8, 0.8}).std()).isZero();
        assertThat(AccuracySummary.of(new double[] {0.8}).std()).isNaN();
    }

    @Test
    void rejectsNoFolds() {
        assertThatThrownBy(() -> AccuracySummary.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
