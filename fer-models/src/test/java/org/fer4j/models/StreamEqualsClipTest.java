package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import java.io.IOException;
import java.util.stream.Stream;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.models.zoo.Variant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code EmotionStream} contract for every architecture and both flip settings: after each of 8
 * consecutive faces a recurrent model's stream scores what {@code predict} gives for the clip of the
 * faces so far (with flip averaging the mirrored frames carry their own state), and a per-frame
 * model's stream scores each face as {@code predict} of that face.
 */
class StreamEqualsClipTest {

    private static final int FRAMES = 8;

    /** A recognizer to test, named for the report. */
    interface Maker {
        EmotionRecognizer make(boolean flip) throws IOException;
    }

    static Stream<Arguments> recognizers() {
        Maker shippedDefault = flip -> EmotionRecognizer.pretrained(Variant.CNN_RNN_AUGMENTED, Device.cpu(), flip);
        Maker shippedAttention = flip -> EmotionRecognizer.pretrained(Variant.CNN_ATTENTION, Device.cpu(), flip);
        Stream.Builder<Arguments> all = Stream.builder();
        for (boolean flip : new boolean[] {false, true}) {
            all.add(Arguments.of("shipped LSTM (default)", shippedDefault, flip));
            all.add(Arguments.of("shipped attention, no recurrence", shippedAttention, flip));
            all.add(Arguments.of("GRU", tiny(Temporal.GRU, false, false), flip));
            all.add(Arguments.of("LSTM with attention", tiny(Temporal.LSTM, true, false), flip));
            all.add(Arguments.of("GRU over row regions", tiny(Temporal.GRU, false, true), flip));
            all.add(Arguments.of("no recurrence", tiny(Temporal.NONE, false, false), flip));
        }
        return all.build();
    }

    private static Maker tiny(Temporal temporal, boolean attention, boolean regions) {
        return flip -> EmotionRecognizer.builder()
                .spec(SyntheticFaces.tinySpec(temporal, attention))
                .regionSequence(regions)
                .flipAveraging(flip)
                .build();
    }

    @ParameterizedTest(name = "{0}, flip {2}")
    @MethodSource("recognizers")
    void streamScoresEqualClipScoresAfterEveryFrame(String name, Maker maker, boolean flip) throws IOException {
        try (EmotionRecognizer recognizer = maker.make(flip);
                EmotionStream stream = recognizer.openStream()) {
            Clip clip = MovingFaces.clip(FRAMES, recognizer.spec().inputSide(), 11);
            boolean recurrent = recognizer.spec().temporal() != Temporal.NONE;
            for (int t = 0; t < FRAMES; t++) {
                EmotionScores streamed = stream.next(clip.frame(t));
                Clip expected = recurrent ? Clip.of(clip.frames().subList(0, t + 1)) : Clip.still(clip.frame(t));
                assertClose(streamed, recognizer.predict(expected), name + " frame " + t);
            }
            assertThat(stream.framesSeen()).isEqualTo(FRAMES);
        }
    }

    private static void assertClose(EmotionScores actual, EmotionScores expected, String where) {
        float[] a = actual.toArray();
        float[] e = expected.toArray();
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("%s, class %d", where, i).isCloseTo(e[i], within(1e-5f));
        }
    }
}
