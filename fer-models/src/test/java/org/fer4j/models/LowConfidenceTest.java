package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.junit.jupiter.api.Test;

/**
 * A blank face crop gets a top emotion like any other input (softmax always names one); its scores'
 * entropy is how a caller without a face detector sees that they should not trust it.
 */
class LowConfidenceTest {

    private static final double THRESHOLD = 0.5;

    /** PublicTest faces scored: the first 600 of 3,589, enough for the comparison. */
    private static final int SAMPLE = 600;

    @Test
    void anAllBlackFaceIsNotConfidentWithTheShippedModel() throws IOException {
        try (EmotionRecognizer fer = EmotionRecognizer.pretrained()) {
            EmotionScores black = fer.predict(GrayImage.of(48, 48, new float[48 * 48]));

            assertThat(black.entropy()).isGreaterThan(THRESHOLD);
            assertThat(black.isConfident(THRESHOLD)).isFalse();
        }
    }

    @Test
    void onRealFacesTheConfidentOnesAreMarkedlyMoreOftenRight() throws IOException {
        Path csv = Path.of(System.getProperty("fer4j.shared.dir", "../shared"), "data", "fer2013", "fer2013.csv.gz");
        assumeTrue(Files.exists(csv), "shared FER2013 not found at " + csv + "; skipping");
        Fer2013Dataset publicTest = Fer2013Dataset.builder().setCsvPath(csv).optUsage(Fer2013Usage.PUBLIC_TEST).build();
        publicTest.prepare(null);
        List<GrayImage> faces = publicTest.samples().subList(0, SAMPLE).stream().map(s -> s.clip().frame(0)).toList();
        try (EmotionRecognizer fer = EmotionRecognizer.pretrained()) {
            List<EmotionScores> scores = fer.predictAll(faces);
            int right = 0;
            int confident = 0;
            int confidentRight = 0;
            for (int i = 0; i < scores.size(); i++) {
                boolean correct = scores.get(i).top() == publicTest.sample(i).label();
                right += correct ? 1 : 0;
                if (scores.get(i).isConfident(THRESHOLD)) {
                    confident++;
                    confidentRight += correct ? 1 : 0;
                }
            }
            double all = (double) right / scores.size();
            double whenConfident = (double) confidentRight / confident;

            assertThat(confident).isBetween(scores.size() / 4, scores.size() * 3 / 4);
            assertThat(whenConfident).isGreaterThan(all + 0.1);
        }
    }
}
