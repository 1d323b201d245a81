package org.fer4j.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;
import org.junit.jupiter.api.Test;

class SeededAugmenterTest {

    private final Clip face = TestImages.face(31);
    private final SeededAugmenter augmenter = new SeededAugmenter(AugmentationPipeline.standard(), 42);

    @Test
    void sameSeedEpochAndIndexGiveIdenticalOutput() {
        Clip first = augmenter.augment(face, 3, 17);
        Clip second = new SeededAugmenter(AugmentationPipeline.standard(), 42).augment(face, 3, 17);

        assertThat(second.frames()).isEqualTo(first.frames());
    }

    @Test
    void differentIndexEpochOrSeedGiveDifferentOutput() {
        GrayImage base = augmenter.augment(face, 3, 17).frame(0);

        assertThat(augmenter.augment(face, 3, 18).frame(0)).isNotEqualTo(base);
        assertThat(augmenter.augment(face, 4, 17).frame(0)).isNotEqualTo(base);
        assertThat(new SeededAugmenter(AugmentationPipeline.standard(), 43).augment(face, 3, 17).frame(0))
                .isNotEqualTo(base);
    }

    @Test
    void resultDoesNotDependOnCallOrderOrThread() {
        List<GrayImage> sequential = IntStream.range(0, 64)
                .mapToObj(i -> augmenter.augment(face, 1, i).frame(0))
                .collect(Collectors.toList());

        List<GrayImage> reversed = IntStream.range(0, 64)
                .map(i -> 63 - i)
                .mapToObj(i -> augmenter.augment(face, 1, i).frame(0))
                .collect(Collectors.toList());
        Collections.reverse(reversed);
        List<GrayImage> parallel = IntStream.range(0, 64).parallel()
                .mapToObj(i -> augmenter.augment(face, 1, i).frame(0))
                .collect(Collectors.toList());

        assertThat(reversed).isEqualTo(sequential);
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void neighbouringStreamsStartFromDistinctSeeds() {
        Set<Long> seeds = new HashSet<>();
        for (long epoch = 0; epoch < 20; epoch++) {
            for (long index = 0; index < 500; index++) {
                seeds.add(SeededAugmenter.streamSeed(42, epoch, index));
            }
        }
        // Swapping epoch and index must not collide either.
        assertThat(SeededAugmenter.streamSeed(42, 1, 2)).isNotEqualTo(SeededAugmenter.streamSeed(42, 2, 1));
        assertThat(seeds).hasSize(20 * 500);
    }

    @Test
    void generatorReproducesTheDrawsUsedForAugmentation() {
        Clip viaAugment = augmenter.augment(face, 5, 9);
        Clip viaGenerator = AugmentationPipeline.standard().apply(face, augmenter.generator(5, 9));

        assertThat(viaGenerator.frames()).isEqualTo(viaAugment.frames());
    }

    @Test
    void rejectsMissingAugmentation() {
        assertThatThrownBy(() -> new SeededAugmenter(null, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an augmentation");
    }
}
