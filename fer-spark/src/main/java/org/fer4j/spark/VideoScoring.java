package org.fer4j.spark;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.fer4j.inference.OnnxEmotionModel;

/**
 * Scores the videos of one partition (one video per partition as {@link FerSpark} plans it), one
 * after the other, each through its own {@link VideoRows}; the executor's shared model ({@link
 * ExecutorModels}) scores every face stream. A video still open when the task ends (failed, killed or
 * not read to its end) is closed by the task's completion listener.
 */
final class VideoScoring implements FlatMapFunction<Iterator<String>, Row> {

    private static final long serialVersionUID = 1L;

    private final ShippedModel model;
    private final Broadcast<Map<String, String>> hadoopSettings;

    VideoScoring(ShippedModel model, Broadcast<Map<String, String>> hadoopSettings) {
        this.model = model;
        this.hadoopSettings = hadoopSettings;
    }

    @Override
    public Iterator<Row> call(Iterator<String> paths) {
        OnnxEmotionModel emotions = model.onExecutor();
        Videos videos = new Videos(paths, emotions, ScoreColumns.of(emotions), hadoopSettings.value());
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> videos.close());
        }
        return videos;
    }

    /** The rows of a partition's videos, one video at a time. */
    private static final class Videos implements Iterator<Row>, AutoCloseable {

        private final Iterator<String> paths;
        private final OnnxEmotionModel model;
        private final ScoreColumns columns;
        private final Map<String, String> hadoopSettings;
        private VideoRows current;

        Videos(Iterator<String> paths, OnnxEmotionModel model, ScoreColumns columns, Map<String, String> hadoopSettings) {
            this.paths = paths;
            this.model = model;
            this.columns = columns;
            this.hadoopSettings = hadoopSettings;
        }

        @Override
        public boolean hasNext() {
            while ((current == null || !current.hasNext()) && paths.hasNext()) {
                current = new VideoRows(paths.next(), hadoopSettings, model, columns);
            }
            return current != null && current.hasNext();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more video rows in this partition");
            }
            return current.next();
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
            }
        }
    }
}
