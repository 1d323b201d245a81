package org.fer4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Multi-crop averaging scores the face and four shifted copies, alike for faces, batches, clips and streams. */
class MultiCropEmotionModelTest {

    private static final LabelSet TWO = LabelSet.of(Emotion.HAPPY, Emotion.SAD);
    private static final int SIDE = 16;

    /** Test double: P(happy) = the top-left pixel, so every shifted crop is visible in the scores. */
    private static final class TopLeftPixelModel implements EmotionModel {
        int closes;
        final List<Integer> batches = new ArrayList<>();

        private static EmotionScores scores(GrayImage face) {
            float happy = face.get(0, 0);
            return EmotionScores.of(TWO, new float[] {happy, 1 - happy});
        }

        @Override
        public LabelSet labels() {
            return TWO;
        }

        @Override
        public EmotionScores predict(GrayImage face) {
            return scores(face);
        }

        @Override
        public List<EmotionScores> predictAll(List<GrayImage> faces) {
            batches.add(faces.size());
            return faces.stream().map(TopLeftPixelModel::scores).toList();
        }

        @Override
        public EmotionScores predict(Clip clip) {
            return scores(clip.frame(clip.length() - 1));
        }

        @Override
        public EmotionStream openStream() {
            return new EmotionStream() {
                int frames;

                @Override
                public EmotionScores next(GrayImage face) {
                    frames++;
                    return scores(face);
                }

                @Override
                public void reset() {
                    frames = 0;
                }

                @Override
                public int framesSeen() {
                    return frames;
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public void close() {
            closes++;
        }
    }

    /** Brightness rising left to right: x / 15. */
    private static GrayImage horizontalRamp() {
        float[] pixels = new float[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                pixels[y * SIDE + x] = x / (SIDE - 1f);
            }
        }
        return GrayImage.of(SIDE, SIDE, pixels);
    }

    // Of the five crops (as is, shifted left/right/up/down by 1 px of 16) only the one moved left
    // brings column 1 (1/15) to the top-left corner; the others keep column 0 (0).
    private static final double EXPECTED_HAPPY = (1 / 15.0) / 5;

    @Test
    void aFaceScoresTheMeanOfItsFiveCrops() {
        try (MultiCropEmotionModel model = MultiCropEmotionModel.of(new TopLeftPixelModel())) {
            assertThat(model.predict(horizontalRamp()).probability(Emotion.HAPPY)).isCloseTo((float) EXPECTED_HAPPY, offset(1e-6f));
        }
    }

    @Test
    void batchesClipsAndStreamsGiveTheScoresOfSingleFaces() {
        TopLeftPixelModel inner = new TopLeftPixelModel();
        try (MultiCropEmotionModel model = MultiCropEmotionModel.of(inner)) {
            GrayImage face = horizontalRamp();
            float single = model.predict(face).probability(Emotion.HAPPY);
            assertThat(model.predictAll(List.of(face, face))).extracting(s -> s.probability(Emotion.HAPPY))
                    .containsExactly(single, single);
            assertThat(inner.batches).as("one batch per crop").containsExactly(2, 2, 2, 2, 2);
            assertThat(model.predict(Clip.of(face, face)).probability(Emotion.HAPPY)).isEqualTo(single);
            try (EmotionStream stream = model.openStream()) {
                stream.next(face);
                assertThat(stream.next(face).probability(Emotion.HAPPY)).isEqualTo(single);
                assertThat(stream.framesSeen()).isEqualTo(2);
            }
        }
    }

    @Test
    void closingTheMultiCropModelClosesTheModelOnce() {
        TopLeftPixelModel inner = new TopLeftPixelModel();
        MultiCropEmotionModel.of(inner).close();
        assertThat(inner.closes).isEqualTo(1);
    }

    @Test
    void aShiftOutsideTheFaceIsRefused() {
        assertThatThrownBy(() -> MultiCropEmotionModel.of(new TopLeftPixelModel(), 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shift");
    }

    @Test
    void translatingAnImageRepeatsItsEdgePixels() {
        GrayImage ramp = horizontalRamp();
        GrayImage movedRight = ramp.translated(2, 0);
        assertThat(movedRight.get(0, 5)).isEqualTo(0f);
        assertThat(movedRight.get(2, 5)).isEqualTo(0f);
        assertThat(movedRight.get(3, 5)).isEqualTo(ramp.get(1, 5));
        assertThat(ramp.translated(-3, 1).get(SIDE - 1, 0)).isEqualTo(1f);
    }
}
