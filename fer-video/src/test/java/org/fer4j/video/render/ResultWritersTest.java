package org.fer4j.video.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.AtomicFile;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.fer4j.video.stream.FaceResult;
import org.fer4j.video.stream.FrameResult;
import org.fer4j.video.testing.Frames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultWritersTest {

    private static final LabelSet LABELS = LabelSet.of(Emotion.HAPPY, Emotion.SAD);

    @TempDir Path dir;

    private final FrameResult withFace = new FrameResult(12, 480_000, List.of(new FaceResult(
            3, new BoundingBox(10, 20, 30, 40), 0.95f, scores(0.25f), scores(0.75f), Emotion.HAPPY)));
    private final FrameResult empty = new FrameResult(13, 520_000, List.of());

    @Test
    void csvHasAHeaderAndOneRowPerFaceOrEmptyFrame() throws IOException {
        Path file = dir.resolve("out/results.csv");
        try (CsvResultWriter writer = new CsvResultWriter(file, LABELS)) {
            writer.onFrame(withFace, Frames.uniform(12, 4, 4, java.awt.Color.BLACK));
            writer.onFrame(empty, Frames.uniform(13, 4, 4, java.awt.Color.BLACK));
        }
        assertThat(Files.readAllLines(file)).containsExactly(
                "frame_index,timestamp_ms,track_id,x,y,width,height,detection_score,emotion,confidence,p_happy,p_sad,s_happy,s_sad",
                "12,480.0000,3,10.0000,20.0000,30.0000,40.0000,0.9500,happy,0.7500,0.2500,0.7500,0.7500,0.2500",
                "13,520.0000,,,,,,,,,,,,");
    }

    @Test
    void csvRejectsScoresOverAnotherLabelSetNamingTrackAndFrame() {
        Path file = dir.resolve("results.csv");
        try (CsvResultWriter writer = new CsvResultWriter(file, LabelSet.FER2013)) {
            assertThatThrownBy(() -> writer.onFrame(withFace, Frames.uniform(12, 4, 4, java.awt.Color.BLACK)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("track 3 at frame 12");
        }
    }

    @Test
    void jsonLinesHasOneObjectPerFrame() throws IOException {
        Path file = dir.resolve("results.jsonl");
        try (JsonLinesResultWriter writer = new JsonLinesResultWriter(file)) {
            writer.onFrame(withFace, Frames.uniform(12, 4, 4, java.awt.Color.BLACK));
            writer.onFrame(empty, Frames.uniform(13, 4, 4, java.awt.Color.BLACK));
        }
        assertThat(Files.readAllLines(file)).containsExactly(
                "{\"frame\":12,\"timestamp_ms\":480.0000,\"faces\":[{\"track\":3,"
                        + "\"box\":{\"x\":10.0000,\"y\":20.0000,\"width\":30.0000,\"height\":40.0000},"
                        + "\"detection_score\":0.9500,\"emotion\":\"happy\",\"confidence\":0.7500,"
                        + "\"scores\":{\"happy\":0.2500,\"sad\":0.7500},\"smoothed\":{\"happy\":0.7500,\"sad\":0.2500}}]}",
                "{\"frame\":13,\"timestamp_ms\":520.0000,\"faces\":[]}");
    }

    private static EmotionScores scores(float happy) {
        return EmotionScores.of(LABELS, new float[] {happy, 1 - happy});
    }

    @Test
    void aResultFileAppearsOnlyWholeWhenTheWriterIsClosed() throws IOException {
        Path file = dir.resolve("results.jsonl");
        try (JsonLinesResultWriter writer = new JsonLinesResultWriter(file)) {
            writer.onFrame(withFace, Frames.uniform(12, 4, 4, java.awt.Color.BLACK));
            assertThat(file).as("not there while the video is processed (a killed run leaves no torn file)").doesNotExist();
        }
        assertThat(Files.readAllLines(file)).hasSize(1);
        assertThat(dir.resolve("results.jsonl" + AtomicFile.TMP_SUFFIX)).doesNotExist();
    }
}
