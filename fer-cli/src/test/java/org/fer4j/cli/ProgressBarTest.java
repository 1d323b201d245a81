package org.fer4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter written = new StringWriter();
    private final ProgressBar bar = new ProgressBar(new PrintWriter(written), 10);

    @Test
    void fillsTheCellsInProportionAndCounts() {
        bar.reset("faces", 3589);
        bar.update(1234);

        assertThat(bar.line()).isEqualTo("[###       ] 1234/3589 faces");
        bar.update(3589);
        assertThat(bar.line()).isEqualTo("[##########] 3589/3589 faces");
    }

    @Test
    void redrawsInPlaceOnlyWhenTheLineChangesAndEndsTheLine() {
        bar.reset("frames", 4);
        bar.update(2);
        bar.update(2);
        bar.increment(2);
        bar.end();

        assertThat(written.toString()).isEqualTo("\r[          ] 0/4 frames\r[#####     ] 2/4 frames\r[##########] 4/4 frames"
                + System.lineSeparator());
    }

    @Test
    void anUnknownTotalOnlyCounts() {
        bar.reset("frames", 0);
        bar.update(17);

        assertThat(bar.line()).isEqualTo("17 frames");
    }

    @Test
    void neverOverfillsAndNeedsACell() {
        bar.reset("faces", 2);
        bar.update(5);

        assertThat(bar.line()).startsWith("[##########] 5/2");
        assertThatThrownBy(() -> new ProgressBar(new PrintWriter(new StringWriter()), 0))
                .hasMessageContaining("at least one cell");
    }
}
