package org.fer4j.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.fer4j.core.AtomicFile;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.FaceDetectorException;
import org.fer4j.core.image.BadPictureException;
import org.fer4j.core.image.PictureDecoder;
import org.fer4j.inference.OnnxEmotionModel;
import org.fer4j.inference.photo.AnalyzedFace;
import org.fer4j.inference.photo.FaceAnalyzer;
import org.fer4j.inference.photo.FaceAnnotator;
import org.fer4j.serve.FaceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fer4j detect [--json] [--annotate DIR] [--model VARIANT] IMAGE|DIR...}: finds and scores every face of every
 * picture (a directory stands for the pictures directly in it, by name). Exit code 0 when every input
 * was scored, 1 when some could not be (each named on stderr; the others are still scored), 2 on a
 * usage error.
 */
@Command(
        name = "detect",
        mixinStandardHelpOptions = true,
        description = "Find the faces in pictures and score their emotions.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every picture was scored", "1:some pictures could not be read (named on stderr)", "2:usage error"})
public final class DetectCommand implements Callable<Integer> {

    /** Opens the analyzer a run uses; the command closes it when the run ends. */
    @FunctionalInterface
    public interface AnalyzerFactory {

        /** A new analyzer scoring with the named shipped model, owned by the caller. */
        FaceAnalyzer open(String model) throws IOException;
    }

    private static final String[] PICTURE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif"};

    private static final int MAX_QUOTED = 300;

    private final AnalyzerFactory factory;
    private final PictureDecoder decoder = PictureDecoder.defaults();

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object per picture per line.")
    private boolean json;

    @Option(names = "--annotate", paramLabel = "DIR", description = "Write each picture with its faces drawn into DIR (PNG).")
    private Path annotateDir;

    @Option(names = "--model", defaultValue = OnnxEmotionModel.DEFAULT_VARIANT,
            description = "Shipped model: cnn-rnn-augmented (the default), cnn-rnn, cnn-attention or fast; default ${DEFAULT-VALUE}.")
    private String model;

    @Parameters(arity = "1..*", paramLabel = "IMAGE|DIR", description = "Pictures, or directories of pictures.")
    private List<Path> inputs = new ArrayList<>();

    /** A command scoring with analyzers from {@code factory} (e.g. {@code FaceAnalyzer::pretrained}), given {@code --model}. */
    public DetectCommand(AnalyzerFactory factory) {
        if (factory == null) {
            throw new IllegalArgumentException("DetectCommand needs an analyzer factory");
        }
        this.factory = factory;
    }

    /** Scores every input; returns the exit code. */
    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!OnnxEmotionModel.VARIANTS.contains(model)) {
            throw new ParameterException(spec.commandLine(), "--model '" + cap(model) + "' is not a shipped model; shipped: "
                    + String.join(", ", OnnxEmotionModel.VARIANTS));
        }
        if (annotateDir != null) {
            Files.createDirectories(annotateDir);
        }
        int failed = 0;
        try (FaceAnalyzer analyzer = factory.open(model)) {
            for (Path input : inputs) {
                List<Path> pictures = expand(input, err);
                if (pictures.isEmpty()) {
                    failed++;
                }
                for (Path picture : pictures) {
                    failed += scoreOne(analyzer, picture, out, err) ? 0 : 1;
                }
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    /**
     * The pictures an input names: itself, or a directory's picture files by name; none (and the
     * reason on stderr) when it is missing or a directory without pictures.
     */
    private static List<Path> expand(Path input, PrintWriter err) throws IOException {
        if (!Files.exists(input)) {
            err.println("fer4j detect: " + input + ": no such file or directory");
            return List.of();
        }
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> files = Files.list(input)) {
            List<Path> pictures = files.filter(Files::isRegularFile).filter(DetectCommand::looksLikePicture).sorted().toList();
            if (pictures.isEmpty()) {
                err.println("fer4j detect: " + input + ": no pictures (" + String.join(", ", PICTURE_SUFFIXES) + ") in this directory");
            }
            return pictures;
        }
    }

    private static boolean looksLikePicture(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String suffix : PICTURE_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Scores one picture and prints it; false (and the reason on stderr) when it cannot be scored. */
    private boolean scoreOne(FaceAnalyzer analyzer, Path picture, PrintWriter out, PrintWriter err) {
        try {
            BufferedImage image = decoder.decode(picture);
            List<AnalyzedFace> faces = analyzer.analyze(image);
            out.println(json ? jsonLine(picture, faces) : textLines(picture, faces));
            out.flush();
            if (annotateDir != null) {
                writeAnnotated(image, faces, annotateDir.resolve(stem(picture) + "-faces.png"));
            }
            return true;
        } catch (BadPictureException e) {
            err.println("fer4j detect: " + cap(e.getMessage()));
        } catch (FaceDetectorException | IllegalArgumentException | IOException e) {
            err.println("fer4j detect: " + picture + ": " + cap(e.getMessage()));
        }
        err.flush();
        return false;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** {@code {"file":..,"faces":[{"box":[x,y,w,h],"score":s,"emotion":"happy","scores":{..}}]}}. */
    static String jsonLine(Path file, List<AnalyzedFace> faces) {
        return "{\"file\":" + FaceJson.string(file.toString()) + ",\"faces\":" + FaceJson.faces(faces) + "}";
    }

    private static String textLines(Path file, List<AnalyzedFace> faces) {
        StringBuilder text = new StringBuilder(file.toString()).append(": ").append(faces.size()).append(faces.size() == 1 ? " face" : " faces");
        for (AnalyzedFace face : faces) {
            BoundingBox b = face.box();
            text.append(String.format(Locale.ROOT, "%n  %-8s %.2f  at x=%.0f y=%.0f w=%.0f h=%.0f (face score %.2f)",
                    face.emotion().label(), face.scores().probability(face.emotion()), b.x(), b.y(), b.width(), b.height(),
                    face.detectionScore()));
        }
        return text.toString();
    }

    private static String cap(String message) {
        String text = String.valueOf(message);
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "... (" + text.length() + " chars)";
    }

    /** The picture with each face's box and top emotion drawn, written whole or not at all. */
    private static void writeAnnotated(BufferedImage image, List<AnalyzedFace> faces, Path target) throws IOException {
        BufferedImage canvas = FaceAnnotator.create().annotate(image, faces);
        AtomicFile.write(target, out -> {
            if (!ImageIO.write(canvas, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
