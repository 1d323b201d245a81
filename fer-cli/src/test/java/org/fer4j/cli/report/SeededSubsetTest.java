package org.fer4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeededSubsetTest {

    @Test
    void picksTheRequestedNumberOfDistinctIndicesInAscendingOrder() {
        int[] picked = SeededSubset.indices(1000, 50, 7);

        assertThat(picked).hasSize(50).isSorted().doesNotHaveDuplicates();
        assertThat(Arrays.stream(picked).allMatch(i -> i >= 0 && i < 1000)).isTrue();
    }

    @Test
    void sameSeedGivesSameSubsetAndAnotherSeedAnother() {
        assertThat(SeededSubset.indices(1000, 50, 7)).containsExactly(SeededSubset.indices(1000, 50, 7));
        assertThat(SeededSubset.indices(1000, 50, 8)).isNotEqualTo(SeededSubset.indices(1000, 50, 7));
    }

    @Test
    void spreadsOverTheWholeRangeRatherThanTakingAPrefix() {
        int[] picked = SeededSubset.indices(10_000, 100, 1);

        assertThat(picked[picked.length - 1]).isGreaterThan(5_000);
        assertThat(picked[0]).isLessThan(5_000);
    }

    @Test
    void returnsEveryIndexWhenAskedForAtLeastTheSize() {
        assertThat(SeededSubset.indices(5, 5, 1)).containsExactly(0, 1, 2, 3, 4);
        assertThat(SeededSubset.indices(3, 100, 1)).containsExactly(0, 1, 2);
        assertThat(SeededSubset.indices(0, 10, 1)).isEmpty();
    }

    @Test
    void rejectsNegativeSizes() {
        assertThatThrownBy(() -> SeededSubset.indices(10, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
