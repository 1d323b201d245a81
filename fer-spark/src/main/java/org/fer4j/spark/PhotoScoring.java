package org.fer4j.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.fer4j.core.BadInputException;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.detect.BlazeFaceDetector;
import org.fer4j.detect.TiledFaceDetector;
import org.fer4j.inference.OnnxEmotionModel;
import org.fer4j.inference.photo.AnalyzedFace;
import org.fer4j.inference.photo.FaceAnalyzer;
import org.fer4j.inference.photo.PhotoAnalysis;

/**
 * Scores the pictures of one partition of Spark's {@code binaryFile} rows ({@code path}, {@code
 * content}): the executor's shared model and detector ({@link ExecutorModels}), one {@link
 * FaceAnalyzer} per partition around them, and {@code batchSize} pictures per model call. Rows
 * stream out batch by batch: one per face, one with a null {@code face} for a picture without a
 * face, one with {@code error} set for a picture that could not be read.
 */
final class PhotoScoring implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** path, face (index, most confident first), the score columns, error. */
    static final StructType SCHEMA = schema();

    private final ShippedModel model;
    private final int batchSize;
    private final int minFaceSize;

    PhotoScoring(ShippedModel model, int batchSize, int minFaceSize) {
        this.model = model;
        this.batchSize = batchSize;
        this.minFaceSize = minFaceSize;
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("path", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("face", DataTypes.IntegerType, true));
        fields.addAll(ScoreColumns.fields());
        fields.add(DataTypes.createStructField("error", DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> pictures) {
        OnnxEmotionModel emotions = model.onExecutor();
        FaceDetector detector = ExecutorModels.shared(
                new PhotoDetectorKey(minFaceSize), FaceDetector.class, this::loadDetector);
        FaceAnalyzer analyzer = FaceAnalyzer.builder()
                .setModel(emotions)
                .optDetector(detector)
                .optMinFaceSize(minFaceSize)
                .build();
        return new Rows(pictures, analyzer, ScoreColumns.of(emotions));
    }

    private FaceDetector loadDetector() {
        return TiledFaceDetector.builder()
                .setDetector(BlazeFaceDetector.create())
                .optOwnDetector(true)
                .optMinFaceSize(minFaceSize)
                .build();
    }

    /** The executor-wide photo detector of one minimum face size. */
    private record PhotoDetectorKey(int minFaceSize) {}

    /** The rows of a partition, one batch of pictures at a time. */
    private final class Rows implements Iterator<Row> {

        private final Iterator<Row> pictures;
        private final FaceAnalyzer analyzer;
        private final ScoreColumns columns;
        private final Deque<Row> ready = new ArrayDeque<>();

        Rows(Iterator<Row> pictures, FaceAnalyzer analyzer, ScoreColumns columns) {
            this.pictures = pictures;
            this.analyzer = analyzer;
            this.columns = columns;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && pictures.hasNext()) {
                scoreNextBatch();
            }
            if (ready.isEmpty()) {
                analyzer.close(); // the partition's predictor; the shared model and detector stay open
                return false;
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more scored pictures in this partition");
            }
            return ready.removeFirst();
        }

        private void scoreNextBatch() {
            List<byte[]> contents = new ArrayList<>(batchSize);
            List<String> paths = new ArrayList<>(batchSize);
            while (contents.size() < batchSize && pictures.hasNext()) {
                Row picture = pictures.next();
                paths.add(picture.getString(picture.fieldIndex("path")));
                contents.add((byte[]) picture.get(picture.fieldIndex("content")));
            }
            for (PhotoAnalysis analysis : analyzer.analyzeAll(contents, paths)) {
                addRows(analysis);
            }
        }

        private void addRows(PhotoAnalysis analysis) {
            if (analysis.error() != null) {
                List<Object> values = start(analysis.source(), null);
                ScoreColumns.addNothing(values);
                values.add(BadInputException.describe(analysis.error()));
                ready.add(ScoreColumns.row(values));
            } else if (analysis.faces().isEmpty()) {
                List<Object> values = start(analysis.source(), null);
                columns.addNoFace(values);
                values.add(null);
                ready.add(ScoreColumns.row(values));
            } else {
                for (int i = 0; i < analysis.faces().size(); i++) {
                    AnalyzedFace face = analysis.faces().get(i);
                    List<Object> values = start(analysis.source(), i);
                    columns.addFace(values, face.box(), face.detectionScore(), face.scores());
                    values.add(null);
                    ready.add(ScoreColumns.row(values));
                }
            }
        }

        private List<Object> start(String path, Integer face) {
            List<Object> values = new ArrayList<>(SCHEMA.size());
            values.add(path);
            values.add(face);
            return values;
        }
    }
}
