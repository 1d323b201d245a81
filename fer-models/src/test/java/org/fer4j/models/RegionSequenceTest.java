package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.models.nn.EmotionNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recognizer whose temporal head reads each frame's feature map row by row. */
class RegionSequenceTest {

    private static ModelSpec rows(Temporal temporal) {
        return SyntheticFaces.tinySpec(temporal, false).toBuilder().optRegionSequence(true).build();
    }

    private static EmotionRecognizer recognizer(Temporal temporal) {
        return EmotionRecognizer.builder().spec(rows(temporal)).build();
    }

    @Test
    void streamingFrameByFrameEqualsScoringTheWholeClip() {
        for (Temporal temporal : new Temporal[] {Temporal.LSTM, Temporal.GRU}) {
            try (EmotionRecognizer recognizer = recognizer(temporal);
                    EmotionStream stream = recognizer.openStream()) {
                Clip clip = SyntheticFaces.clips(1, 4, 3).get(0).clip();
                EmotionScores last = null;
                for (GrayImage frame : clip.frames()) {
                    last = stream.next(frame);
                }

                assertThat(last.toArray()).as("%s", temporal)
                        .containsExactly(recognizer.predict(clip).toArray(), within(1e-5f));
                assertThat(stream.framesSeen()).isEqualTo(4);
            }
        }
    }

    @Test
    void theStreamCarriesStateAcrossFramesRatherThanScoringEachAlone() {
        try (EmotionRecognizer recognizer = recognizer(Temporal.LSTM);
                EmotionStream stream = recognizer.openStream()) {
            Clip clip = SyntheticFaces.clips(1, 2, 4).get(0).clip();
            stream.next(clip.frame(0));
            float[] second = stream.next(clip.frame(1)).toArray();

            assertThat(second).isNotEqualTo(recognizer.predict(clip.frame(1)).toArray());
        }
    }

    @Test
    void saveThenLoadKeepsTheRowReadingAndTheScores(@TempDir Path dir) throws IOException {
        Clip clip = SyntheticFaces.clips(1, 2, 5).get(0).clip();
        try (EmotionRecognizer original = recognizer(Temporal.GRU)) {
            float[] before = original.predict(clip).toArray();
            original.save(dir);
            try (EmotionRecognizer loaded = EmotionRecognizer.load(dir)) {
                assertThat(loaded.spec().regionSequence()).isTrue();
                assertThat(loaded.predict(clip).toArray()).containsExactly(before);
            }
        }
    }

    @Test
    void aRegionSequenceNetLearnsSyntheticFacesWithFallingLoss() throws IOException {
        SyntheticFaces.assertLearns(SyntheticFaces.briefTraining(EmotionNet.of(rows(Temporal.LSTM))));
    }
}
