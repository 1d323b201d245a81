package org.fer4j.examples;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.fer4j.core.AtomicFile;
import org.fer4j.core.ModelCard;
import org.fer4j.core.image.PictureDecoder;
import org.fer4j.inference.OnnxEmotionModel;
import org.fer4j.inference.photo.AnalyzedFace;
import org.fer4j.inference.photo.FaceAnalyzer;
import org.fer4j.inference.photo.FaceAnnotator;

/**
 * The README's main job: the photo API with the default model embedded in the fer-inference jar (ONNX
 * Runtime, no download) on the pictures shipped with the examples — single faces and two group pictures —
 * printing every face's emotion and box and writing each picture with its faces drawn into {@code
 * target/demo-photos/}.
 */
public final class Demo {

    private static final String PICTURES = "/org/fer4j/examples/";
    private static final Path OUT = Path.of("target", "demo-photos");

    private Demo() {}

    /** Entry point; takes no arguments. */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(OUT);
        PictureDecoder decoder = PictureDecoder.defaults();
        FaceAnnotator annotator = FaceAnnotator.create();
        try (OnnxEmotionModel model = OnnxEmotionModel.pretrained();
                FaceAnalyzer analyzer = FaceAnalyzer.builder().setModel(model).build()) {
            ModelCard card = model.card();
            System.out.printf(Locale.ROOT, "fer4j default model '%s' (%s) on ONNX Runtime: PublicTest accuracy %.1f%% "
                    + "(one pass) at epoch %d of %d%n", card.name(), card.variant(), 100 * card.validationAccuracy(),
                    card.bestEpoch(), card.epochs());
            for (String name : pictureNames()) {
                byte[] bytes = resource(PICTURES + name);
                List<AnalyzedFace> faces = analyzer.analyze(bytes, name);
                System.out.printf("%s: %d face%s%n", name, faces.size(), faces.size() == 1 ? "" : "s");
                for (AnalyzedFace face : faces) {
                    System.out.printf(Locale.ROOT, "  %-8s p=%.2f  box x=%.0f y=%.0f %.0fx%.0f  %s%n", face.emotion(),
                            face.scores().probability(face.emotion()), face.box().x(), face.box().y(),
                            face.box().width(), face.box().height(), face.scores());
                }
                BufferedImage drawn = annotator.annotate(decoder.decode(bytes, name), faces);
                Path target = OUT.resolve(Path.of(name).getFileName() + "-faces.png");
                AtomicFile.write(target, out -> ImageIO.write(drawn, "png", out));
            }
        }
        System.out.println("Pictures with their faces drawn: " + OUT.toAbsolutePath());
    }

    /** The shipped single faces listed in {@code faces/index.txt}, then the group pictures. */
    private static List<String> pictureNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(resource(PICTURES + "faces/index.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add("faces/" + line.trim());
                }
            }
        }
        names.add("photo/group-5.jpg");
        names.add("photo/group-8.jpg");
        return names;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Demo.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("Missing resource " + name + " in the examples jar");
            }
            return in.readAllBytes();
        }
    }
}
