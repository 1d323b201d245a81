package org.fer4j.examples;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.fer4j.core.EmotionEnsemble;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.core.preprocess.FacePreprocessor;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.ModelCard;
import org.fer4j.models.zoo.Variant;
import org.fer4j.models.zoo.ZooEnsemble;

/**
 * The README's main job: loads the default model embedded in the fer-models jar (no download) and
 * prints per-face emotion scores for the face images shipped with the examples, each followed by the
 * verdict of the more accurate shipped ensemble ({@link ZooEnsemble#pretrained()}).
 */
public final class Demo {

    private static final String FACES = "/org/fer4j/examples/faces/";

    private Demo() {}

    /** Entry point; takes no arguments. */
    public static void main(String[] args) throws IOException {
        FacePreprocessor preprocessor = new FacePreprocessor();
        List<String> names = faceNames();
        List<GrayImage> faces = new ArrayList<>();
        for (String name : names) {
            faces.add(preprocessor.face(readImage(FACES + name)));
        }
        try (EmotionRecognizer fer = EmotionRecognizer.pretrained();
                EmotionEnsemble ensemble = ZooEnsemble.pretrained()) {
            ModelCard card = fer.card();
            System.out.printf("fer4j default model '%s' (%s): %d epochs, PublicTest accuracy %.1f%% (one pass) at epoch %d%n",
                    card.name(), card.variant(), card.epochs(), 100 * card.validationAccuracy(), card.bestEpoch());
            String members = String.join(" + ", ZooEnsemble.RECOMMENDED.stream().map(Variant::id).toList());
            List<EmotionScores> averaged = ensemble.predictAll(faces);
            for (int i = 0; i < names.size(); i++) {
                EmotionScores scores = fer.predict(faces.get(i));
                System.out.printf("%-24s -> %-8s  %s%n", names.get(i), scores.top(), scores);
                EmotionScores both = averaged.get(i);
                System.out.printf("%-24s    %-8s  p=%.3f averaged by the ensemble %s%n",
                        "", both.top(), both.probability(both.top()), members);
            }
        }
    }

    private static List<String> faceNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream index = open(FACES + "index.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.trim());
                }
            }
        }
        return names;
    }

    private static BufferedImage readImage(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                throw new IOException(resource + " is not a readable image");
            }
            return image;
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Demo.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Missing resource " + resource + " in the examples jar");
        }
        return in;
    }
}
