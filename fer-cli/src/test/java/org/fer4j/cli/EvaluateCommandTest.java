package org.fer4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fer4j evaluate} on the first PublicTest rows of the shared FER2013 file (skipped without it). */
class EvaluateCommandTest {

    private static final int FACES = 40;

    @TempDir
    Path dir;

    private static Path shared() {
        return Path.of(System.getProperty("fer4j.shared.dir", "../shared"), "data", "fer2013", "fer2013.csv.gz");
    }

    /** The header and the first {@link #FACES} PublicTest rows of the shared file, gzipped. */
    private Path sample() throws IOException {
        Path csv = shared();
        assumeThat(Files.isRegularFile(csv)).as("shared FER2013 at %s", csv).isTrue();
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(csv)), StandardCharsets.UTF_8))) {
            lines.add(in.readLine());
            for (String line = in.readLine(); line != null && lines.size() <= FACES; line = in.readLine()) {
                if (line.endsWith(",PublicTest")) {
                    lines.add(line);
                }
            }
        }
        Path sample = dir.resolve("sample.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(sample))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return sample;
    }

    @Test
    void jsonIsOneObjectWithTheFieldsEvaluateModelPrinted() throws IOException {
        Fer4jRun run = Fer4jRun.of("evaluate", "--data", sample().toString(), "--json", "--no-progress");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(json.keySet()).containsExactly("model", "usage", "faces", "accuracy", "macroF1", "flipAveraging", "multiCrop");
        assertThat(json.get("model").getAsString()).isEqualTo("default");
        assertThat(json.get("usage").getAsString()).isEqualTo("PublicTest");
        assertThat(json.get("faces").getAsInt()).isEqualTo(FACES);
        assertThat(json.get("accuracy").getAsDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("macroF1").getAsDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("flipAveraging").getAsBoolean()).isTrue();
        assertThat(run.out()).matches("\\{\"model\":\"default\",\"usage\":\"PublicTest\",\"faces\":40,"
                + "\"accuracy\":\\d\\.\\d{5},\"macroF1\":\\d\\.\\d{5},\"flipAveraging\":true,\"multiCrop\":false}\\R");
    }

    @Test
    void multiCropAveragingIsReportedAndChangesNoMoreThanTheCrops() throws IOException {
        Path sample = sample();
        Fer4jRun plain = Fer4jRun.of("evaluate", "--data", sample.toString(), "--json", "--no-progress", "--runtime", "onnx");
        Fer4jRun crops = Fer4jRun.of("evaluate", "--data", sample.toString(), "--json", "--no-progress", "--runtime", "onnx",
                "--multi-crop");

        assertThat(crops.exitCode()).as(crops.err()).isZero();
        JsonObject json = JsonParser.parseString(crops.out()).getAsJsonObject();
        assertThat(json.get("multiCrop").getAsBoolean()).isTrue();
        double plainAccuracy = JsonParser.parseString(plain.out()).getAsJsonObject().get("accuracy").getAsDouble();
        assertThat(json.get("accuracy").getAsDouble()).as("five slightly shifted crops of the same 40 faces")
                .isCloseTo(plainAccuracy, org.assertj.core.api.Assertions.within(0.1));
    }

    @Test
    void textWithAProgressBarOnStderr() throws IOException {
        Fer4jRun run = Fer4jRun.of("evaluate", "--data", sample().toString(), "--no-flip", "--progress", "--report");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("default on sample.csv.gz PublicTest (40 faces, flip averaging off")
                .contains("accuracy").contains("macro-F1");
        assertThat(run.err()).contains("\r[").endsWith("] 40/40 faces" + System.lineSeparator());
    }

    @Test
    void theOnnxRuntimePrintsTheSameJsonAsPyTorchOnTheSameFaces() throws IOException {
        Path sample = sample();
        Fer4jRun onnx = Fer4jRun.of("evaluate", "--data", sample.toString(), "--json", "--no-progress", "--runtime", "onnx");
        Fer4jRun pytorch = Fer4jRun.of("evaluate", "--data", sample.toString(), "--json", "--no-progress");

        assertThat(onnx.exitCode()).as(onnx.err()).isZero();
        assertThat(onnx.out()).isEqualTo(pytorch.out());
    }

    @Test
    void theOnnxRuntimeScoresTheShippedEnsembleToo() throws IOException {
        Fer4jRun run = Fer4jRun.of("evaluate", "--data", sample().toString(), "--json", "--no-progress",
                "--runtime", "onnx", "--model", "ensemble");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JsonParser.parseString(run.out()).getAsJsonObject().get("model").getAsString()).isEqualTo("ensemble");
    }
}
