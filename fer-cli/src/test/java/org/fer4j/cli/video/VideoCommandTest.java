package org.fer4j.cli.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fer4j.cli.Fer4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VideoCommandTest {

    @TempDir
    Path out;

    @Test
    void scoresTheBundledClipWritesTheOutputsAndShowsProgress() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine line = Fer4j.commandLine();
        line.setErr(new PrintWriter(err, true));

        int code = line.execute("video", "--untrained", "--max-frames", "6", "--out", out.toString(), "--progress");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.resolve("results.csv")).exists();
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(6);
        assertThat(err.toString()).contains("] 6/6 frames");
    }

    @Test
    void theShippedModelOnOnnxRuntimeScoresTheClipLikePyTorch(@TempDir Path onnxOut) throws Exception {
        int pytorch = Fer4j.commandLine().execute("video", "--max-frames", "6", "--out", out.toString());
        int onnx = Fer4j.commandLine().execute("video", "--runtime", "onnx", "--max-frames", "6", "--out", onnxOut.toString());

        assertThat(pytorch).isZero();
        assertThat(onnx).isZero();
        assertThat(Files.readAllLines(onnxOut.resolve("results.csv")))
                .hasSameSizeAs(Files.readAllLines(out.resolve("results.csv")));
        assertThat(emotions(onnxOut)).isEqualTo(emotions(out));
    }

    @Test
    void untrainedWeightsAreForPyTorchOnly() {
        StringWriter err = new StringWriter();
        CommandLine line = Fer4j.commandLine();
        line.setErr(new PrintWriter(err, true));

        assertThat(line.execute("video", "--runtime", "onnx", "--untrained", "--max-frames", "1", "--out", out.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--untrained").contains("pytorch");
    }

    /** The emotion column of every result row: what a user reads from the run. */
    private static java.util.List<String> emotions(Path dir) throws java.io.IOException {
        java.util.List<String> rows = Files.readAllLines(dir.resolve("results.csv"));
        int column = java.util.Arrays.asList(rows.get(0).split(",")).indexOf("emotion");
        assertThat(column).as("results.csv has an emotion column: %s", rows.get(0)).isNotNegative();
        return rows.stream().skip(1).map(r -> r.split(",")[column]).toList();
    }
}
