package org.fer4j.video.render;

import java.nio.file.Path;
import java.util.StringJoiner;
import org.fer4j.core.EmotionScores;
import org.fer4j.video.stream.FaceResult;
import org.fer4j.video.stream.FrameResult;

/**
 * Writes per-frame results as JSON lines, one object per frame: {@code {"frame":12,
 * "timestamp_ms":480.0,"faces":[{"track":1,"box":{"x":..,"y":..,"width":..,"height":..},
 * "detection_score":0.95,"emotion":"happy","confidence":0.81,"scores":{..},"smoothed":{..}}]}}.
 */
public final class JsonLinesResultWriter extends ResultFileWriter {

    /** Creates (or replaces) {@code file}. */
    public JsonLinesResultWriter(Path file) {
        super(file);
    }

    @Override
    void write(FrameResult result) {
        StringJoiner faces = new StringJoiner(",", "[", "]");
        for (FaceResult face : result.faces()) {
            faces.add(faceJson(face));
        }
        writeLine("{\"frame\":" + result.frameIndex()
                + ",\"timestamp_ms\":" + number(result.timestampMicros() / 1000.0)
                + ",\"faces\":" + faces + "}");
    }

    private static String faceJson(FaceResult face) {
        return "{\"track\":" + face.trackId()
                + ",\"box\":{\"x\":" + number(face.box().x())
                + ",\"y\":" + number(face.box().y())
                + ",\"width\":" + number(face.box().width())
                + ",\"height\":" + number(face.box().height()) + "}"
                + ",\"detection_score\":" + number(face.detectionScore())
                + ",\"emotion\":\"" + face.emotion().label() + "\""
                + ",\"confidence\":" + number(face.confidence())
                + ",\"scores\":" + scoresJson(face.scores())
                + ",\"smoothed\":" + scoresJson(face.smoothedScores()) + "}";
    }

    private static String scoresJson(EmotionScores scores) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        for (int i = 0; i < scores.labels().size(); i++) {
            // Labels are fixed lower-case ASCII words, so they need no escaping.
            json.add("\"" + scores.labels().get(i).label() + "\":" + number(scores.probability(i)));
        }
        return json.toString();
    }
}
