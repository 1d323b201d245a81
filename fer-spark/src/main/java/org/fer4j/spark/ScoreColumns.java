package org.fer4j.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.fer4j.inference.OnnxEmotionModel;

/**
 * The columns photo and video rows share: the face box, the detector's score, one probability column
 * per FER2013 emotion (named by its label: {@code angry}, ..., {@code neutral}), the top emotion and
 * the model's name and version. All are nullable: a picture without a face or a file that failed has
 * nulls there.
 */
final class ScoreColumns {

    /** The box of a face in picture pixels. */
    static final StructType BOX = new StructType()
            .add("x", DataTypes.DoubleType)
            .add("y", DataTypes.DoubleType)
            .add("width", DataTypes.DoubleType)
            .add("height", DataTypes.DoubleType);

    /** The emotions with a column each, in FER2013 order. */
    static final List<Emotion> EMOTIONS = LabelSet.FER2013.emotions();

    private final String modelName;
    private final String modelVersion;

    private ScoreColumns(String modelName, String modelVersion) {
        this.modelName = modelName;
        this.modelVersion = modelVersion;
    }

    /** The columns of a model's rows; refuses a model whose labels are not FER2013's seven. */
    static ScoreColumns of(OnnxEmotionModel model) {
        if (!LabelSet.FER2013.equals(model.labels())) {
            throw new IllegalArgumentException(model.source() + " predicts [" + model.labels()
                    + "], but fer-spark's rows have one column per FER2013 emotion [" + LabelSet.FER2013 + "]");
        }
        return new ScoreColumns(model.card().name(), model.card().variant() + "@" + model.card().created());
    }

    /** The schema fields of a scored face, after the caller's own leading fields. */
    static List<StructField> fields() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("box", BOX, true));
        fields.add(DataTypes.createStructField("detection_score", DataTypes.FloatType, true));
        for (Emotion emotion : EMOTIONS) {
            fields.add(DataTypes.createStructField(emotion.label(), DataTypes.FloatType, true));
        }
        fields.add(DataTypes.createStructField("top", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("model", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("model_version", DataTypes.StringType, true));
        return fields;
    }

    /** Appends a face's values in the order of {@link #fields()}. */
    void addFace(List<Object> values, BoundingBox box, float detectionScore, EmotionScores scores) {
        values.add(RowFactory.create(box.x(), box.y(), box.width(), box.height()));
        values.add(detectionScore);
        for (Emotion emotion : EMOTIONS) {
            values.add(scores.probability(emotion));
        }
        values.add(scores.top().label());
        addModel(values);
    }

    /** Appends nulls for the face and the model's name and version (a picture without a face). */
    void addNoFace(List<Object> values) {
        addNulls(values, 2 + EMOTIONS.size() + 1);
        addModel(values);
    }

    /** Appends nulls for every column of {@link #fields()} (a file that could not be read). */
    static void addNothing(List<Object> values) {
        addNulls(values, fields().size());
    }

    private void addModel(List<Object> values) {
        values.add(modelName);
        values.add(modelVersion);
    }

    /** Appends {@code count} nulls. */
    static void addNulls(List<Object> values, int count) {
        for (int i = 0; i < count; i++) {
            values.add(null);
        }
    }

    /** A row of the values. */
    static Row row(List<Object> values) {
        return RowFactory.create(values.toArray());
    }
}
