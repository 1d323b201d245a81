package org.fer4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.EmotionEnsemble;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.ModelCard;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.models.zoo.Variant;
import org.fer4j.models.zoo.ZooEnsemble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The trained models shipped in the jar: the default, the other zoo variants and their ensemble. */
class ShippedModelsTest {

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

    @ParameterizedTest
    @EnumSource(Variant.class)
    void eachShippedVariantScoresOnPublicTestWhatItsCardClaims(Variant variant) throws IOException {
        Fer2013Dataset publicTest = sharedPublicTest();
        try (EmotionRecognizer fer = EmotionRecognizer.pretrained(variant, ai.djl.Device.cpu(), false)) {
            assertThat(fer.card().variant()).isEqualTo(variant.id());
            assertThat(fer.spec()).isEqualTo(variant.spec());
            double accuracy = accuracy(fer.predictDataset(publicTest), publicTest);
            assertThat(accuracy).isCloseTo(fer.card().validationAccuracy(), within(0.005));
        }
    }

    @Test
    void theRecommendedEnsembleReachesTheSixtyEightPercentTargetOnPublicTest() throws IOException {
        Fer2013Dataset publicTest = sharedPublicTest();
        List<GrayImage> faces = publicTest.samples().stream().map(s -> s.clip().frame(0)).toList();
        try (EmotionEnsemble fer = ZooEnsemble.pretrained()) {
            assertThat(fer.members()).hasSameSizeAs(ZooEnsemble.RECOMMENDED);
            assertThat(accuracy(fer.predictAll(faces), publicTest)).isGreaterThanOrEqualTo(0.68);
        }
    }

    private static Fer2013Dataset sharedPublicTest() throws IOException {
        Path csv = sharedFer2013();
        assumeTrue(Files.exists(csv), "shared FER2013 not found at " + csv + "; skipping");
        Fer2013Dataset publicTest = Fer2013Dataset.builder().setCsvPath(csv).optUsage(Fer2013Usage.PUBLIC_TEST).build();
        publicTest.prepare(null);
        assertThat(publicTest.samples()).hasSize(3589);
        return publicTest;
    }

    private static double accuracy(List<EmotionScores> scores, Fer2013Dataset truth) {
        int correct = 0;
        for (int i = 0; i < scores.size(); i++) {
            correct += scores.get(i).top() == truth.sample(i).label() ? 1 : 0;
        }
        return (double) correct / scores.size();
    }
}
