package org.fer4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.zip.GZIPOutputStream;
import org.fer4j.cli.Fer4j;
import org.fer4j.models.train.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole comparison on a tiny generated FER2013-style file. */
class StillsTemporalComparisonTest {

    private static final List<String> CONFIGS = List.of("lstm-still", "no-recurrence", "lstm-rows");

    /** A gzipped FER2013-layout CSV of random 48x48 faces: {@code training} Training and {@code publicTest} PublicTest rows. */
    private static Path fer2013(Path file, int training, int publicTest) throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        List<String> lines = new ArrayList<>(List.of("emotion,pixels,Usage"));
        for (int i = 0; i < training + publicTest; i++) {
            StringJoiner pixels = new StringJoiner(" ");
            for (int p = 0; p < 48 * 48; p++) {
                pixels.add(String.valueOf(random.nextInt(256)));
            }
            lines.add(i % 7 + "," + pixels + "," + (i < training ? "Training" : "PublicTest"));
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String run(Path csv, Path out) throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int code = Fer4j.execute("report", "stills-temporal",
                "--data", csv.toString(), "--channels", "4,8", "--epochs", "1", "--batch", "16", "--out", out.toString());
            assertThat(code).isZero();
        } finally {
            System.setOut(original);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }

    private static JsonArray configs(Path out) throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(out.resolve(StillsTemporalComparison.JSON)))
                .getAsJsonObject();
        return root.getAsJsonArray("configs");
    }

    @Test
    void comparesTheThreeReadingsOfAStillAndResumesFromItsCheckpoints(@TempDir Path dir) throws IOException {
        Path csv = fer2013(dir.resolve("fer2013.csv.gz"), 40, 14);
        Path out = dir.resolve("out");

        String printed = run(csv, out);

        JsonArray configs = configs(out);
        assertThat(configs).hasSize(3);
        List<JsonObject> rows = new ArrayList<>();
        configs.forEach(c -> rows.add(c.getAsJsonObject()));
        assertThat(rows).extracting(r -> r.get("config").getAsString()).containsExactlyElementsOf(CONFIGS);
        for (JsonObject r : rows) {
            assertThat(r.get("bestPublicTestAccuracy").getAsDouble()).as(r.toString()).isBetween(0.0, 1.0);
            assertThat(r.get("bestEpoch").getAsInt()).isEqualTo(1);
            assertThat(r.get("parameters").getAsLong()).isPositive();
            assertThat(Files.exists(out.resolve(r.get("config").getAsString()).resolve(Checkpoint.LAST))).isTrue();
        }
        assertThat(rows).extracting(r -> r.get("headStepsPerFace").getAsInt()).containsExactly(1, 0, 24);
        assertThat(rows.get(2).get("spec").getAsString()).endsWith("regionSequence=true}");
        double still = rows.get(0).get("mflopPerFace").getAsDouble();
        assertThat(rows.get(1).get("mflopPerFace").getAsDouble()).isLessThan(still);
        assertThat(rows.get(2).get("mflopPerFace").getAsDouble()).isGreaterThan(still);

        String markdown = Files.readString(out.resolve(StillsTemporalComparison.MARKDOWN));
        for (String config : CONFIGS) {
            assertThat(markdown).containsOnlyOnce("| " + config + " |");
            assertThat(printed).contains("| " + config + " |");
        }
        assertThat(markdown.lines().filter(l -> l.startsWith("|"))).hasSize(2 + 3);

        String json = Files.readString(out.resolve(StillsTemporalComparison.JSON));
        run(csv, out);
        assertThat(Files.readString(out.resolve(StillsTemporalComparison.JSON)))
                .as("a rerun resumes the finished checkpoints instead of training again")
                .isEqualTo(json);
    }
}
