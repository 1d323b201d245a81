package org.fer4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fer4j.core.ModelCard;
import org.fer4j.models.EmotionRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the evaluation report names the models it compares. */
class EvaluationReportNamingTest {

    @Test
    void zooModelsAreNamedAfterTheirVariantAndCustomModelsAfterTheirDirectory(@TempDir Path root) throws Exception {
        Path shippedDefault = root.resolve("default");
        Path mine = root.resolve("my-head");
        try (EmotionRecognizer model = EmotionRecognizer.builder().build()) {
            model.save(shippedDefault, ModelCard.untrained("cnn-rnn-augmented"));
            model.save(mine, ModelCard.untrained("custom"));
        }

        assertThat(EvaluationReport.modelName(shippedDefault)).isEqualTo("cnn-rnn-augmented");
        assertThat(EvaluationReport.modelName(mine)).isEqualTo("my-head");
    }
}
