package org.fer4j.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Photo and video collections scored on Apache Spark with the same answers as one machine: the
 * photo path is {@code FaceAnalyzer.pretrained()}'s, the video path {@code EmotionPipeline}'s with
 * the same model, run where Spark puts the tasks. Each executor loads the model once and shares it
 * between its task threads.
 *
 * <pre>{@code
 * Dataset<Row> faces = FerSpark.scoreImages(spark, "s3a://bucket/photos/*.jpg");
 * FerSpark.scoreVideos(spark, "hdfs:///archive/videos").write().parquet("hdfs:///out/video-emotions");
 * FerSpark fer = FerSpark.builder().optModel("cnn-attention").optBatchSize(64).build();
 * }</pre>
 *
 * <p>Both return lazy DataFrames (nothing runs until an action or a write); a bad picture or video
 * gives a row with {@code error} set and never fails the job. Immutable and thread-safe.
 */
public final class FerSpark {

    private final ShippedModel model;
    private final int batchSize;
    private final int minFaceSize;
    private final String fileFilter;

    private FerSpark(Builder builder) {
        this.model = builder.model;
        this.batchSize = builder.batchSize;
        this.minFaceSize = builder.minFaceSize;
        this.fileFilter = builder.fileFilter;
    }

    /** A builder; every setting has a default (the shipped default model). */
    public static Builder builder() {
        return new Builder();
    }

    /** The faces of every picture under {@code path} (a file, folder or glob on any Hadoop file system), default settings. */
    public static Dataset<Row> scoreImages(SparkSession spark, String path) {
        return builder().build().images(spark, path);
    }

    /** The faces of every frame of every video under {@code path}, default settings. */
    public static Dataset<Row> scoreVideos(SparkSession spark, String path) {
        return builder().build().videos(spark, path);
    }

    /**
     * The faces of every picture under {@code path}, read with Spark's {@code binaryFile} source
     * (folders recursively): {@code path, face, box, detection_score, angry, ..., neutral, top, model,
     * model_version, error}. A picture without a face has one row with a null {@code face}; one that
     * cannot be decoded one row with its {@code error}.
     */
    public Dataset<Row> images(SparkSession spark, String path) {
        DataFrameReader reader = spark.read().format("binaryFile").option("recursiveFileLookup", "true");
        if (fileFilter != null) {
            reader = reader.option("pathGlobFilter", fileFilter);
        }
        return reader.load(path)
                .select("path", "content")
                .mapPartitions(new PhotoScoring(model, batchSize, minFaceSize), Encoders.row(PhotoScoring.SCHEMA));
    }

    /**
     * The faces of every frame of every video under {@code path}, one Spark task per video, decoded
     * where the task runs: {@code path, frame, time_seconds, track, box, detection_score, angry, ...,
     * neutral, top, model, model_version, shown, change_from, change_to, error}. {@code top} is the
     * frame's own top emotion, {@code shown} the track's settled one; {@code change_to} is set on the
     * row of the frame where it settles or changes. A frame without a face has one row with a null
     * {@code track}; a file that is not a video, or breaks off, ends with a row holding its {@code error}.
     *
     * @throws IllegalArgumentException when nothing matches {@code path}
     */
    public Dataset<Row> videos(SparkSession spark, String path) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<String> files = listFiles(path, hadoop);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No video file matches " + path
                    + (fileFilter == null ? "" : " and the filter " + fileFilter));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Map<String, String>> settings = context.broadcast(settingsOf(hadoop));
        JavaRDD<Row> rows = context.parallelize(files, files.size()).mapPartitions(new VideoScoring(model, settings));
        return spark.createDataFrame(rows, VideoRows.SCHEMA);
    }

    /** The schema of {@link #images}. */
    public static StructType imageSchema() {
        return PhotoScoring.SCHEMA;
    }

    /** The schema of {@link #videos}. */
    public static StructType videoSchema() {
        return VideoRows.SCHEMA;
    }

    /** The files matching a path or glob, folders listed recursively, sorted, on the driver. */
    private List<String> listFiles(String path, Configuration hadoop) {
        Path pattern = new Path(path);
        List<String> files = new ArrayList<>();
        try {
            FileSystem fs = pattern.getFileSystem(hadoop);
            GlobFilter filter = fileFilter == null ? null : new GlobFilter(fileFilter);
            FileStatus[] matches = fs.globStatus(pattern);
            for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
                if (match.isFile()) {
                    addIfAccepted(files, match.getPath(), filter);
                    continue;
                }
                RemoteIterator<LocatedFileStatus> inside = fs.listFiles(match.getPath(), true);
                while (inside.hasNext()) {
                    addIfAccepted(files, inside.next().getPath(), filter);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the videos of " + path + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    private static void addIfAccepted(List<String> files, Path file, GlobFilter filter) {
        if (filter == null || filter.accept(new Path(file.getName()))) {
            files.add(file.toString());
        }
    }

    /** The job's Hadoop settings (file system credentials and endpoints) for the executors' copies. */
    private static HashMap<String, String> settingsOf(Configuration hadoop) {
        HashMap<String, String> settings = new HashMap<>();
        hadoop.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
        return settings;
    }

    /** Configures {@link FerSpark}. */
    public static final class Builder {

        private ShippedModel model = ShippedModel.defaults();
        private int batchSize = 32;
        private int minFaceSize = 32;
        private String fileFilter;

        private Builder() {}

        /** The shipped model variant to score with; {@code cnn-rnn-augmented} (the default model) by default. */
        public Builder optModel(String variant) {
            this.model = new ShippedModel(variant);
            return this;
        }

        /** Pictures per model call inside a partition; 32 by default. */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** The smallest face box side reported in pictures, in pixels; 32 by default (as {@code FaceAnalyzer}). */
        public Builder optMinFaceSize(int minFaceSize) {
            this.minFaceSize = minFaceSize;
            return this;
        }

        /** Only files whose name matches this glob, e.g. {@code "*.{jpg,png}"}; every file by default. */
        public Builder optFileFilter(String glob) {
            this.fileFilter = glob;
            return this;
        }

        /** Validates the settings. */
        public FerSpark build() {
            if (batchSize < 1 || batchSize > 4096) {
                throw new IllegalArgumentException("Batch size must be in [1, 4096] pictures, got " + batchSize);
            }
            if (minFaceSize < 8 || minFaceSize > 4096) {
                throw new IllegalArgumentException("Minimum face size must be in [8, 4096] pixels, got " + minFaceSize);
            }
            if (fileFilter != null && fileFilter.isBlank()) {
                throw new IllegalArgumentException("The file filter is blank: give a glob such as *.png, or none");
            }
            return new FerSpark(this);
        }
    }
}
