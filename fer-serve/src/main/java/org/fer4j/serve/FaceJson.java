package org.fer4j.serve;

import java.util.List;
import java.util.Locale;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionScores;
import org.fer4j.inference.photo.AnalyzedFace;

/**
 * The JSON of scored faces shared by {@code fer4j detect --json}, {@code POST /v1/emotions} and the
 * frame stream: {@code {"box":[x,y,w,h],"score":s,"emotion":"happy","scores":{"happy":0.9,...}}}, numbers
 * with at most four decimals.
 */
public final class FaceJson {

    private FaceJson() {}

    /** {@code [face, face, ...]} for the faces of a picture, in their order. */
    public static String faces(List<AnalyzedFace> faces) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < faces.size(); i++) {
            AnalyzedFace face = faces.get(i);
            json.append(i == 0 ? "" : ",");
            appendFace(json, "", face.box(), face.detectionScore(), face.emotion(), face.scores());
        }
        return json.append(']').toString();
    }

    /**
     * Appends one face object to {@code json}; {@code leadingFields} (e.g. {@code "\"track\":3,"}) opens
     * it, before the box.
     */
    public static void appendFace(StringBuilder json, String leadingFields, BoundingBox box, double detectionScore,
            Emotion emotion, EmotionScores scores) {
        json.append('{').append(leadingFields)
                .append("\"box\":[").append(number(box.x())).append(',').append(number(box.y())).append(',')
                .append(number(box.width())).append(',').append(number(box.height())).append(']')
                .append(",\"score\":").append(number(detectionScore))
                .append(",\"emotion\":").append(string(emotion.label()))
                .append(",\"scores\":").append(scores(scores)).append('}');
    }

    /** {@code {"label":probability,...}} in the label order of the scores. */
    public static String scores(EmotionScores scores) {
        StringBuilder json = new StringBuilder("{");
        for (int c = 0; c < scores.labels().size(); c++) {
            json.append(c == 0 ? "" : ",").append(string(scores.labels().get(c).label())).append(':')
                    .append(number(scores.probability(c)));
        }
        return json.append('}').toString();
    }

    /** A JSON number with at most four decimals and no trailing zeros. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no number for " + value);
        }
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** A quoted JSON string with quotes, backslashes and control characters escaped. */
    public static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
