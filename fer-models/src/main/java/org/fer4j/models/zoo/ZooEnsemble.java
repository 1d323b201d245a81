package org.fer4j.models.zoo;

import ai.djl.Device;
import java.io.IOException;
import java.util.List;
import org.fer4j.core.EmotionEnsemble;
import org.fer4j.models.EmotionRecognizer;

/**
 * The trained zoo variants shipped inside fer-models, averaged into one {@link EmotionEnsemble}: an
 * example of model averaging, at the cost of one network pass per member. It is not the recommended
 * model: it beats the single default by less than a point on PublicTest and not at all on PrivateTest
 * (README), so use {@link EmotionRecognizer#pretrained()} unless you measure otherwise.
 *
 * <pre>{@code
 * try (EmotionEnsemble fer = ZooEnsemble.pretrained()) {
 *     EmotionScores scores = fer.predict(face);
 * }
 * }</pre>
 */
public final class ZooEnsemble {

    /**
     * The members of {@link #pretrained()}: the default and the raw-face CNN-RNN, whose average scored
     * 68.24 % on FER2013 PublicTest with flip averaging (README); the default with cnn-attention
     * scored 67.46 %, all three 68.38 % (5 faces more) for half as much again in cost.
     */
    public static final List<Variant> RECOMMENDED = List.of(Variant.CNN_RNN_AUGMENTED, Variant.CNN_RNN);

    private ZooEnsemble() {}

    /** The {@link #RECOMMENDED} variants on the CPU, each with test-time flip averaging. */
    public static EmotionEnsemble pretrained() throws IOException {
        return pretrained(RECOMMENDED, Device.cpu(), true);
    }

    /** The equal-weight average of the given shipped variants, loaded onto a device. */
    public static EmotionEnsemble pretrained(List<Variant> variants, Device device, boolean flipAveraging)
            throws IOException {
        return EmotionEnsemble.open(variants, v -> EmotionRecognizer.pretrained(v, device, flipAveraging));
    }
}
