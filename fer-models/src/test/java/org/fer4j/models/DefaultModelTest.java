package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.junit.jupiter.api.Test;

class DefaultModelTest {

    private static Path sharedFer2013() {
        return Path.of(System.getProperty("fer4j.shared.dir", "../shared"), "data", "fer2013", "fer2013.csv.gz");
    }

    @Test
    void theEmbeddedDefaultModelLoadsWithoutNetworkAndCarriesItsProvenance() throws IOException {
        try (EmotionRecognizer fer = EmotionRecognizer.pretrained()) {
            assertThat(fer.labels()).isEqualTo(LabelSet.FER2013);
            assertThat(fer.flipAveraging()).isTrue();
            ModelCard card = fer.card();
            assertThat(card.trainingData()).contains("FER2013");
            assertThat(card.command()).isNotBlank();
            assertThat(card.epochs()).isPositive();
            assertThat(card.bestEpoch()).isBetween(1, card.epochs());
            EmotionScores scores = fer.predict(GrayImage.of(64, 64, new float[64 * 64]));
            assertThat(scores.labels()).isEqualTo(LabelSet.FER2013);
        }
    }

    @Test
    void theDefaultModelCanBeLoadedWithoutFlipAveraging() throws IOException {
        try (EmotionRecognizer fer = EmotionRecognizer.pretrained(ai.djl.Device.cpu(), false)) {
            assertThat(fer.flipAveraging()).isFalse();
            assertThat(fer.card().name()).isEqualTo("fer4j-default");
        }
    }

    @Test
    void theDefaultModelScoresOnPublicTestWhatItsCardClaims() throws IOException {
        Path csv = sharedFer2013();
        assumeTrue(Files.exists(csv), "shared FER2013 not found at " + csv + "; skipping");
        Fer2013Dataset publicTest = Fer2013Dataset.builder().setCsvPath(csv).optUsage(Fer2013Usage.PUBLIC_TEST).build();
        try (EmotionRecognizer fer = EmotionRecognizer.load(exportedDefault(), ai.djl.Device.cpu(), false)) {
            List<EmotionScores> scores = fer.predictDataset(publicTest);
            int correct = 0;
            for (int i = 0; i < scores.size(); i++) {
                correct += scores.get(i).top() == publicTest.sample(i).label() ? 1 : 0;
            }
            double accuracy = (double) correct / scores.size();
            assertThat(scores).hasSize(3589);
            assertThat(accuracy).isCloseTo(fer.card().validationAccuracy(), within(0.005));
        }
    }

    /** The embedded resources copied to a directory, so they load without flip averaging. */
    private static Path exportedDefault() throws IOException {
        Path dir = Files.createTempDirectory("fer4j-default");
        for (String file : new String[] {"model.json", "model.params"}) {
            try (var in = EmotionRecognizer.class.getResourceAsStream(EmotionRecognizer.DEFAULT_MODEL_RESOURCE + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
        return dir;
    }
}
