package org.fer4j.video.render;

import java.nio.file.Path;
import java.util.StringJoiner;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.fer4j.video.stream.FaceResult;
import org.fer4j.video.stream.FrameResult;

/**
 * Writes per-frame results as CSV: one row per face, and one row with empty face columns for a
 * frame without faces. Columns: {@code frame_index, timestamp_ms, track_id, x, y, width, height,
 * detection_score, emotion, confidence}, then {@code p_<label>} (frame scores) and {@code
 * s_<label>} (smoothed scores) for every label.
 */
public final class CsvResultWriter extends ResultFileWriter {

    private static final int FACE_COLUMNS = 8;

    private final LabelSet labels;

    /** Creates (or replaces) {@code file} and writes the header for {@code labels}. */
    public CsvResultWriter(Path file, LabelSet labels) {
        super(file);
        this.labels = labels;
        StringJoiner header = new StringJoiner(",");
        header.add("frame_index").add("timestamp_ms").add("track_id").add("x").add("y").add("width").add("height")
                .add("detection_score").add("emotion").add("confidence");
        labels.labels().forEach(label -> header.add("p_" + label));
        labels.labels().forEach(label -> header.add("s_" + label));
        writeLine(header.toString());
    }

    @Override
    void write(FrameResult result) {
        String prefix = result.frameIndex() + "," + number(result.timestampMicros() / 1000.0);
        if (result.faces().isEmpty()) {
            writeLine(prefix + ",".repeat(FACE_COLUMNS + 2 * labels.size()));
            return;
        }
        for (FaceResult face : result.faces()) {
            StringJoiner row = new StringJoiner(",");
            row.add(prefix).add(Integer.toString(face.trackId()))
                    .add(number(face.box().x())).add(number(face.box().y()))
                    .add(number(face.box().width())).add(number(face.box().height()))
                    .add(number(face.detectionScore())).add(face.emotion().label()).add(number(face.confidence()));
            addScores(row, face.scores(), face.trackId(), result.frameIndex());
            addScores(row, face.smoothedScores(), face.trackId(), result.frameIndex());
            writeLine(row.toString());
        }
    }

    private void addScores(StringJoiner row, EmotionScores scores, int trackId, long frameIndex) {
        if (!scores.labels().equals(labels)) {
            throw new IllegalArgumentException("Scores of track " + trackId + " at frame " + frameIndex + " are over ["
                    + scores.labels() + "] but " + file() + " was opened for [" + labels + "]");
        }
        for (int i = 0; i < labels.size(); i++) {
            row.add(number(scores.probability(i)));
        }
    }
}
