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
}
