package org.fer4j.cli;

import java.io.IOException;
import java.util.List;
import org.fer4j.core.EmotionEnsemble;
import org.fer4j.core.EmotionModel;

/**
 * Opens the models a command names on one inference runtime: {@value #DEFAULT} (the shipped default
 * model), {@value #ENSEMBLE} (the shipped ensemble), a shipped zoo variant by its id (e.g. {@code fast})
 * or a saved model of that runtime.
 */
public interface ModelRuntime {

    /** The name of the shipped default model. */
    String DEFAULT = "default";

    /** The name of the shipped ensemble. */
    String ENSEMBLE = "ensemble";

    /**
     * Opens one model.
     *
     * @param model {@value #DEFAULT}, {@value #ENSEMBLE}, a shipped variant id or the path of a saved model
     * @param flip whether each face is averaged with its mirror image
     * @throws IOException when the model cannot be read
     */
    EmotionModel open(String model, boolean flip) throws IOException;

    /** Opens one model, or the equal-weight {@link EmotionEnsemble} of several. */
    default EmotionModel openAll(List<String> models, boolean flip) throws IOException {
        if (models.size() == 1) {
            return open(models.get(0), flip);
        }
        return EmotionEnsemble.open(models, m -> open(m, flip));
    }
}
