package org.fer4j.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.awt.image.BufferedImage;
import org.fer4j.core.GrayImage;
import org.fer4j.core.preprocess.FacePreprocessor;

/**
 * Fuzzes {@link PictureDecoder} with Jazzer: any bytes either decode to a picture within the limits
 * that {@link FacePreprocessor} turns into a face, or fail with a {@link BadPictureException} whose
 * message names the source; nothing else (no runtime exception, no out-of-memory).
 *
 * <p>In a normal build this runs in Jazzer's regression mode: the seed corpus in {@code
 * src/test/resources/org/fer4j/core/image/PictureDecoderFuzzTestInputs/decodeAnyBytes/} plus any
 * crash files found before, in well under a second. To fuzz for real (instrumented, coverage
 * guided), e.g. for ten minutes:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -o -pl fer-core test -Dtest=PictureDecoderFuzzTest \
 *     -Djazzer.max_duration=10m
 * }</pre>
 *
 * New crashing inputs are written to the inputs folder above; commit them so regression mode keeps
 * them fixed.
 */
class PictureDecoderFuzzTest {

    private static final PictureDecoder DECODER =
            PictureDecoder.builder().optMaxPixels(4_000_000).optMaxBytes(1 << 20).build();
    private static final FacePreprocessor FACES = new FacePreprocessor();

    @FuzzTest(maxDuration = "30s")
    void decodeAnyBytes(byte[] data) {
        BufferedImage image;
        try {
            image = DECODER.decode(data, "fuzz input");
        } catch (BadPictureException e) {
            assertThat(e.getMessage()).startsWith("fuzz input: ").doesNotContain("(null)").hasSizeLessThan(400);
            return;
        }
        assertThat((long) image.getWidth() * image.getHeight()).isBetween(4L, DECODER.maxPixels());
        GrayImage face = FACES.face(image);
        for (float v : face.pixels()) {
            assertThat(v).isBetween(0f, 1f);
        }
    }
}
