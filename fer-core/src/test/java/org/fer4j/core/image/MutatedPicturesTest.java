package org.fer4j.core.image;

import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz run in every build: 3,000 mutations of the decoder's seed corpus must each
 * decode to a usable picture or fail with a {@link BadPictureException} naming the source (the
 * property {@link PictureDecoderFuzzTest} checks; Jazzer's coverage-guided run is documented there).
 */
class MutatedPicturesTest {

    @Test
    void everyMutatedPictureDecodesOrFailsAsABadPicture() {
        SeededMutations inputs = SeededMutations.ofCorpus("/org/fer4j/core/image/PictureDecoderFuzzTestInputs/decodeAnyBytes", 2024);
        PictureDecoderFuzzTest property = new PictureDecoderFuzzTest();
        for (int i = 0; i < 3_000; i++) {
            property.decodeAnyBytes(inputs.next());
        }
    }
}
