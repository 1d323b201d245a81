package org.fer4j.examples.photo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.fer4j.core.image.PictureDecoder;
import org.fer4j.inference.photo.AnalyzedFace;
import org.fer4j.inference.photo.FaceAnalyzer;
import org.fer4j.inference.photo.FaceAnnotator;
import org.fer4j.inference.photo.PhotoAnalysis;
import org.fer4j.models.EmotionRecognizer;

/**
 * Scores every face of the photos given as arguments with the photo API and the default model, and
 * writes each photo with its faces drawn into {@code target/photo-demo/}. Run with photo paths
 * (group photos welcome): {@code mvn -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.photo.PhotoDemo
 * -Dexec.args="a.jpg b.png"}.
 */
public final class PhotoDemo {

    private PhotoDemo() {}

    /** Scores the photos named by {@code args}; exits 1 when some could not be read. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: PhotoDemo PHOTO...");
            System.exit(2);
        }
        List<Path> photos = new ArrayList<>();
        for (String arg : args) {
            photos.add(Path.of(arg));
        }
        Path out = Files.createDirectories(Path.of("target", "photo-demo"));
        boolean allRead = true;
        try (EmotionRecognizer model = EmotionRecognizer.pretrained();
                FaceAnalyzer analyzer = FaceAnalyzer.builder().setModel(model).build()) {
            for (PhotoAnalysis photo : analyzer.analyzeAll(photos)) {
                if (!photo.succeeded()) {
                    System.err.println(photo.failure().orElseThrow().getMessage());
                    allRead = false;
                    continue;
                }
                System.out.printf("%s: %d faces%n", photo.source(), photo.faces().size());
                for (AnalyzedFace face : photo.faces()) {
                    System.out.printf(Locale.ROOT, "  %-8s %.2f at %s%n",
                            face.emotion().label(), face.scores().probability(face.emotion()), face.box());
                }
                writeAnnotated(Path.of(photo.source()), photo.faces(), out);
            }
        }
        if (!allRead) {
            System.exit(1);
        }
    }

    private static void writeAnnotated(Path photo, List<AnalyzedFace> faces, Path out) throws IOException {
        Path target = out.resolve(photo.getFileName() + "-faces.png");
        ImageIO.write(FaceAnnotator.create().annotate(PictureDecoder.defaults().decode(photo), faces), "png", target.toFile());
        System.out.println("  drawn: " + target);
    }
}
