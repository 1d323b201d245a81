package org.fer4j.spark;

import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.fer4j.core.BadInputException;
import org.fer4j.core.EmotionModel;
import org.fer4j.video.source.VideoFileSource;
import org.fer4j.video.source.VideoSourceException;
import org.fer4j.video.stream.EmotionChange;
import org.fer4j.video.stream.EmotionListener;
import org.fer4j.video.stream.EmotionPipeline;
import org.fer4j.video.stream.FaceResult;
import org.fer4j.video.stream.FrameResult;

/**
 * The rows of one video, decoded frame by frame where the task runs: one per face per frame (one with
 * a null {@code track} for a frame without a face), with the track's change event on the row of the
 * frame it happened at, and a last row with {@code error} set when the file is not a video or breaks
 * off. Only the current frame's rows are held; the video's tracker and face streams ({@link
 * EmotionPipeline}) live as long as this iterator, which closes them, the decoder and a temporary
 * copy at the end or on {@link #close()}.
 */
final class VideoRows implements Iterator<Row>, AutoCloseable {

    /** path, frame, time_seconds, track, the score columns, shown, change_from, change_to, error. */
    static final StructType SCHEMA = schema();

    private final String path;
    private final Map<String, String> hadoopSettings;
    private final EmotionModel model;
    private final ScoreColumns columns;
    private final Deque<Row> ready = new ArrayDeque<>();
    private final Map<Integer, EmotionChange> changes = new HashMap<>();
    private LocalVideo local;
    private VideoFileSource source;
    private EmotionPipeline pipeline;
    private long frames;
    private boolean finished;

    VideoRows(String path, Map<String, String> hadoopSettings, EmotionModel model, ScoreColumns columns) {
        this.path = path;
        this.hadoopSettings = hadoopSettings;
        this.model = model;
        this.columns = columns;
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("path", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("frame", DataTypes.LongType, true));
        fields.add(DataTypes.createStructField("time_seconds", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("track", DataTypes.IntegerType, true));
        fields.addAll(ScoreColumns.fields());
        fields.add(DataTypes.createStructField("shown", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("change_from", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("change_to", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("error", DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !finished) {
            advance();
        }
        return !ready.isEmpty();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more rows of " + path);
        }
        return ready.removeFirst();
    }

    private void advance() {
        try {
            if (pipeline == null) {
                open();
            }
            Optional<FrameResult> frame = pipeline.step();
            if (frame.isEmpty()) {
                close();
                return;
            }
            frames++;
            addRows(frame.get());
        } catch (VideoSourceException | UncheckedIOException e) {
            ready.add(errorRow(e));
            close();
        }
    }

    private void open() {
        local = LocalVideo.of(path, hadoopSettings);
        source = VideoFileSource.open(local.file());
        pipeline = EmotionPipeline.builder()
                .setSource(source)
                .setModel(model)
                .addListener(new EmotionListener() {
                    @Override
                    public void onEmotionChanged(EmotionChange change) {
                        changes.put(change.trackId(), change);
                    }
                })
                .build();
    }

    private void addRows(FrameResult frame) {
        if (frame.faces().isEmpty()) {
            List<Object> values = start(frame, null);
            columns.addNoFace(values);
            ScoreColumns.addNulls(values, 4);
            ready.add(ScoreColumns.row(values));
        }
        for (FaceResult face : frame.faces()) {
            List<Object> values = start(frame, face.trackId());
            columns.addFace(values, face.box(), face.detectionScore(), face.scores());
            values.add(face.emotion().label());
            EmotionChange change = changes.get(face.trackId());
            values.add(change == null || change.from() == null ? null : change.from().label());
            values.add(change == null ? null : change.to().label());
            values.add(null);
            ready.add(ScoreColumns.row(values));
        }
        changes.clear();
    }

    private List<Object> start(FrameResult frame, Integer track) {
        List<Object> values = new ArrayList<>(SCHEMA.size());
        values.add(path);
        values.add(frame.frameIndex());
        values.add(frame.timestampMicros() / 1e6);
        values.add(track);
        return values;
    }

    private Row errorRow(RuntimeException error) {
        List<Object> values = new ArrayList<>(SCHEMA.size());
        values.add(path);
        values.add(frames);
        ScoreColumns.addNulls(values, 2);
        ScoreColumns.addNothing(values);
        ScoreColumns.addNulls(values, 3);
        values.add(BadInputException.describe(error));
        return ScoreColumns.row(values);
    }

    /** Closes the pipeline, the decoder and a temporary copy; later {@link #hasNext()} is false. */
    @Override
    public void close() {
        finished = true;
        try (LocalVideo copy = local; VideoFileSource decoder = source; EmotionPipeline streams = pipeline) {
            pipeline = null;
            source = null;
            local = null;
        }
    }
}
