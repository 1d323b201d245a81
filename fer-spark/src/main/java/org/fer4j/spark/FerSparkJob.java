package org.fer4j.spark;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The runnable job: scores the pictures or videos under a path and writes the rows as Parquet, then
 * prints how many rows, faces and errors and the count of each top emotion.
 *
 * <pre>
 * spark-submit --class org.fer4j.spark.FerSparkJob --master local[2] fer-spark-job.jar images file:///data/photos out/photos
 * spark-submit --class org.fer4j.spark.FerSparkJob ... videos hdfs:///archive/videos hdfs:///out/videos
 * </pre>
 *
 * The master and every other Spark setting come from {@code spark-submit} (or {@code -Dspark.master=...}
 * on a plain {@code java} launch).
 */
public final class FerSparkJob {

    private FerSparkJob() {}

    /** {@code images|videos <input path or glob> <output folder>}. */
    public static void main(String[] args) {
        if (args.length != 3 || !List.of("images", "videos").contains(args[0])) {
            System.err.println("usage: FerSparkJob images|videos <input path or glob> <output folder for Parquet>");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("fer4j " + args[0] + " " + args[1]).getOrCreate();
        try {
            long start = System.nanoTime();
            Dataset<Row> rows = args[0].equals("images")
                    ? FerSpark.scoreImages(spark, args[1])
                    : FerSpark.scoreVideos(spark, args[1]);
            rows.write().mode("errorifexists").parquet(args[2]);
            double seconds = (System.nanoTime() - start) / 1e9;
            Dataset<Row> written = spark.read().parquet(args[2]);
            long faces = written.filter(functions.col("top").isNotNull()).count();
            long errors = written.filter(functions.col("error").isNotNull()).count();
            System.out.printf(Locale.ROOT, "%d rows (%d faces, %d errors) written to %s in %.1f s%n",
                    written.count(), faces, errors, args[2], seconds);
            written.filter(functions.col("top").isNotNull()).groupBy("top").count().orderBy(functions.desc("count")).show();
        } finally {
            spark.stop();
        }
    }
}
