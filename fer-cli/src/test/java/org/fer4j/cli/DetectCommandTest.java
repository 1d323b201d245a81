package org.fer4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.Clip;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.inference.photo.FaceAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DetectCommandTest {

    /** Every picture has one 40 px face, top left, scored happy 0.8 / neutral 0.2. */
    private static final FaceDetector ONE_FACE = picture -> List.of(new Detection(new BoundingBox(2, 3, 40, 40), 0.95f));

    private static final class HappyModel implements EmotionModel {
        boolean closed;

        @Override
        public LabelSet labels() {
            return LabelSet.FER2013;
        }

        @Override
        public EmotionScores predict(GrayImage face) {
            float[] p = new float[7];
            p[LabelSet.FER2013.indexOf(Emotion.HAPPY)] = 0.8f;
            p[LabelSet.FER2013.indexOf(Emotion.NEUTRAL)] = 0.2f;
            return EmotionScores.of(LabelSet.FER2013, p);
        }

        @Override
        public List<EmotionScores> predictAll(List<GrayImage> faces) {
            return faces.stream().map(this::predict).toList();
        }

        @Override
        public EmotionScores predict(Clip clip) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EmotionStream openStream() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final HappyModel model = new HappyModel();
    private final List<String> openedModels = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new DetectCommand(
                name -> {
                    openedModels.add(name);
                    return FaceAnalyzer.builder().setModel(model).optOwnModel(true).optDetector(ONE_FACE).build();
                }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static Path picture(Path dir, String name) throws Exception {
        BufferedImage image = new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(10, 10, 30, 30);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void printsOneJsonObjectPerPictureWithBoxScoreEmotionAndScores(@TempDir Path dir) throws Exception {
        Path a = picture(dir, "a.png");

        int exit = run("--json", a.toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        String[] lines = out.toString().split("\\R");
        assertThat(lines).hasSize(1);
        JsonObject line = JsonParser.parseString(lines[0]).getAsJsonObject();
        assertThat(line.get("file").getAsString()).isEqualTo(a.toString());
        JsonArray faces = line.getAsJsonArray("faces");
        assertThat(faces).hasSize(1);
        JsonObject face = faces.get(0).getAsJsonObject();
        assertThat(face.getAsJsonArray("box").asList()).extracting(e -> e.getAsDouble()).containsExactly(2.0, 3.0, 40.0, 40.0);
        assertThat(face.get("score").getAsDouble()).isEqualTo(0.95, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(face.get("emotion").getAsString()).isEqualTo("happy");
        JsonObject scores = face.getAsJsonObject("scores");
        assertThat(scores.keySet()).containsExactlyElementsOf(LabelSet.FER2013.labels());
        assertThat(scores.get("happy").getAsDouble()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(model.closed).as("the command closes the analyzer it opened").isTrue();
    }

    @Test
    void aDirectoryStandsForItsPicturesByName(@TempDir Path dir) throws Exception {
        picture(dir, "b.png");
        picture(dir, "a.png");
        Files.writeString(dir.resolve("notes.txt"), "not looked at");

        int exit = run("--json", dir.toString());

        assertThat(exit).isZero();
        assertThat(out.toString().split("\\R")).hasSize(2)
                .extracting(l -> JsonParser.parseString(l).getAsJsonObject().get("file").getAsString())
                .containsExactly(dir.resolve("a.png").toString(), dir.resolve("b.png").toString());
    }

    @Test
    void badInputsAreNamedOnStderrTheRestStillScoredAndTheExitCodeIsOne(@TempDir Path dir) throws Exception {
        Path good = picture(dir, "good.png");
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        Path text = Files.writeString(dir.resolve("text.png"), "hello");
        Path missing = dir.resolve("missing.png");

        int exit = run("--json", empty.toString(), good.toString(), text.toString(), missing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().split("\\R")).singleElement().asString().contains("good.png");
        assertThat(err.toString()).contains("empty.jpg").contains("text.png").contains("missing.png").doesNotContain("good.png");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("IMAGE|DIR");
        assertThat(run("--no-such-option", "x.png")).isEqualTo(2);
    }

    @Test
    void writesAnAnnotatedPictureForEachInput(@TempDir Path dir) throws Exception {
        Path a = picture(dir, "a.png");
        Path annotated = dir.resolve("out");

        int exit = run("--annotate", annotated.toString(), a.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("a.png: 1 face").contains("happy");
        BufferedImage drawn = ImageIO.read(annotated.resolve("a-faces.png").toFile());
        assertThat(drawn.getWidth()).isEqualTo(100);
        // The box's top edge at y=3 is drawn in green over the black background.
        assertThat(new Color(drawn.getRGB(12, 3)).getGreen()).isGreaterThan(150);
        try (var files = Files.list(annotated)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("a-faces.png");
        }
    }

    @Test
    void theModelOptionPicksAShippedModelAndTheDefaultModelIsTheDefault(@TempDir Path dir) throws Exception {
        Path a = picture(dir, "a.png");

        assertThat(run(a.toString())).isZero();
        assertThat(run("--model", "fast", a.toString())).isZero();

        assertThat(openedModels).containsExactly("cnn-rnn-augmented", "fast");
    }

    @Test
    void anUnknownModelIsAUsageErrorNamingTheShippedOnes(@TempDir Path dir) throws Exception {
        Path a = picture(dir, "a.png");

        Path annotated = dir.resolve("out");

        assertThat(run("--model", "vgg-face", "--annotate", annotated.toString(), a.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("'vgg-face' is not a shipped model").contains("fast").contains("cnn-rnn");
        assertThat(openedModels).isEmpty();
        assertThat(annotated).doesNotExist();
    }

    @Test
    void helpDescribesTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--json").contains("--annotate").contains("usage error");
    }
}
