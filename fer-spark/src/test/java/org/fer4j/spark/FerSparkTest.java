package org.fer4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionScores;
import org.fer4j.inference.OnnxEmotionModel;
import org.fer4j.inference.photo.AnalyzedFace;
import org.fer4j.inference.photo.FaceAnalyzer;
import org.fer4j.video.source.VideoFileSource;
import org.fer4j.video.stream.EmotionChange;
import org.fer4j.video.stream.EmotionListener;
import org.fer4j.video.stream.EmotionPipeline;
import org.fer4j.video.stream.FaceResult;
import org.fer4j.video.stream.FrameResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fer-spark on {@code local[2]} gives the answers of the single-machine photo and video paths. */
class FerSparkTest {

    private static final double TOLERANCE = 1e-5;
    private static final Path CLIP = Path.of("../fer-cli/src/main/resources/org/fer4j/cli/sample-clip.mp4");
    private static final String GROUP = "/org/fer4j/examples/photo/group-5.jpg";
    private static final Path GROUP_FILE = Path.of("../examples/src/main/resources" + GROUP);

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("fer-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void twoHundredFer2013FacesGetTheTopEmotionsAndScoresOfFaceAnalyzer(@TempDir Path dir) throws Exception {
        Optional<Path> csv = FacePictures.fer2013();
        assumeTrue(csv.isPresent(), "FER2013 is not in the shared folder; skipped");
        List<Path> pictures = FacePictures.write(csv.get(), 200, dir.resolve("faces"));

        Dataset<Row> scored = FerSpark.scoreImages(spark, dir.resolve("faces").toUri().toString());
        assertThat(scored.rdd().getNumPartitions()).as("partitions, so both task threads share the model").isGreaterThan(2);
        List<Row> rows = scored.collectAsList();

        Map<String, List<AnalyzedFace>> alone = new HashMap<>();
        try (FaceAnalyzer analyzer = FaceAnalyzer.pretrained()) {
            for (Path picture : pictures) {
                alone.put(picture.getFileName().toString(), analyzer.analyze(picture));
            }
        }
        long faces = alone.values().stream().mapToLong(List::size).sum();
        assertThat(faces).as("faces found in 200 enlarged FER2013 faces").isGreaterThan(150);
        assertThat(rows).extracting(row -> row.getAs("error")).containsOnlyNulls();
        assertSameFaces(rows, alone);
        assertThat(ExecutorModels.loads()).as("objects loaded in this JVM, whatever the partitions: the model and the photo detector").isEqualTo(2);
    }

    @Test
    void aFolderWithACorruptAndABlankPictureCompletesWithOneErrorRowAndOneNoFaceRow(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("photos"));
        Path group = Files.copy(GROUP_FILE, folder.resolve("group-5.jpg"));
        byte[] whole = Files.readAllBytes(group);
        Files.write(folder.resolve("broken.jpg"), Arrays.copyOf(whole, whole.length / 3));
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY), "png", folder.resolve("blank.png").toFile());

        List<Row> rows = FerSpark.scoreImages(spark, folder.toString()).collectAsList();

        assertThat(rows).filteredOn(row -> row.getAs("error") != null).singleElement().satisfies(row -> {
            assertThat(name(row)).isEqualTo("broken.jpg");
            assertThat((String) row.getAs("error")).contains("broken.jpg").contains("truncated or corrupt");
            assertThat((Object) row.getAs("face")).isNull();
        });
        assertThat(rows).filteredOn(row -> name(row).equals("blank.png")).singleElement().satisfies(row -> {
            assertThat((Object) row.getAs("face")).isNull();
            assertThat((Object) row.getAs("top")).isNull();
            assertThat((Object) row.getAs("error")).isNull();
            assertThat((String) row.getAs("model")).isEqualTo("fer4j-default");
        });
        try (FaceAnalyzer analyzer = FaceAnalyzer.pretrained()) {
            assertSameFaces(rows.stream().filter(row -> name(row).equals("group-5.jpg")).toList(),
                    Map.of("group-5.jpg", analyzer.analyze(group)));
        }
        assertThat(rows).filteredOn(row -> name(row).equals("group-5.jpg")).hasSize(5);
    }

    @Test
    void theShippedClipGetsTheFramesTracksScoresAndChangesOfEmotionPipelineInParquet(@TempDir Path dir) throws Exception {
        Path videos = Files.createDirectories(dir.resolve("videos"));
        Files.copy(CLIP, videos.resolve("clip.mp4"));
        Files.writeString(videos.resolve("notes.mp4"), "these are my notes, not a video\n");
        String out = dir.resolve("out").toUri().toString();

        FerSpark.scoreVideos(spark, videos.toString()).write().parquet(out);
        List<Row> rows = spark.read().parquet(out).collectAsList();

        assertThat(rows).filteredOn(row -> row.getAs("error") != null).singleElement().satisfies(row -> {
            assertThat(name(row)).isEqualTo("notes.mp4");
            assertThat((String) row.getAs("error")).contains("not a video");
        });
        List<Row> clip = rows.stream()
                .filter(row -> name(row).equals("clip.mp4"))
                .sorted(Comparator.comparingLong((Row row) -> row.getAs("frame"))
                        .thenComparing(row -> row.getAs("track") == null ? -1 : (int) row.getAs("track")))
                .toList();
        List<String> expected = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        try (OnnxEmotionModel model = OnnxEmotionModel.pretrained();
                VideoFileSource source = VideoFileSource.open(CLIP);
                EmotionPipeline pipeline = EmotionPipeline.builder().setSource(source).setModel(model)
                        .addListener(new EmotionListener() {
                            @Override
                            public void onEmotionChanged(EmotionChange change) {
                                changes.add(change.frameIndex() + "/" + change.trackId() + ":" + change.to().label());
                            }
                        }).build()) {
            int next = 0;
            for (Optional<FrameResult> frame = pipeline.step(); frame.isPresent(); frame = pipeline.step()) {
                List<FaceResult> faces = frame.get().faces().stream().sorted(Comparator.comparingInt(FaceResult::trackId)).toList();
                if (faces.isEmpty()) {
                    assertThat((Object) clip.get(next++).getAs("track")).isNull();
                }
                for (FaceResult face : faces) {
                    Row row = clip.get(next++);
                    assertThat((long) row.getAs("frame")).isEqualTo(frame.get().frameIndex());
                    assertThat((double) row.getAs("time_seconds")).isEqualTo(frame.get().timestampMicros() / 1e6);
                    assertThat((int) row.getAs("track")).isEqualTo(face.trackId());
                    assertSameScores(row, face.scores(), "frame " + frame.get().frameIndex());
                    assertThat((String) row.getAs("shown")).isEqualTo(face.emotion().label());
                    expected.add(frame.get().frameIndex() + "/" + face.trackId());
                }
            }
            assertThat(next).as("rows of the clip").isEqualTo(clip.size());
        }
        assertThat(expected).as("face rows of the clip").hasSizeGreaterThan(60);
        assertThat(clip.stream().filter(row -> row.getAs("change_to") != null)
                        .map(row -> row.getAs("frame") + "/" + row.getAs("track") + ":" + row.getAs("change_to")).toList())
                .isNotEmpty()
                .isEqualTo(changes);
    }

    private static void assertSameFaces(List<Row> rows, Map<String, List<AnalyzedFace>> alone) {
        Map<String, List<Row>> byFile = new HashMap<>();
        for (Row row : rows) {
            byFile.computeIfAbsent(name(row), k -> new ArrayList<>()).add(row);
        }
        assertThat(byFile.keySet()).containsAll(alone.keySet());
        alone.forEach((file, faces) -> {
            List<Row> got = byFile.get(file).stream().sorted(Comparator.comparing(row -> row.getAs("face") == null ? -1 : (int) row.getAs("face"))).toList();
            if (faces.isEmpty()) {
                assertThat(got).as(file + " has no face").singleElement()
                        .satisfies(row -> assertThat((Object) row.getAs("face")).isNull());
                return;
            }
            assertThat(got).as(file).hasSize(faces.size());
            for (int i = 0; i < faces.size(); i++) {
                Row row = got.get(i);
                assertThat((int) row.getAs("face")).isEqualTo(i);
                Row box = row.getAs("box");
                assertThat(box.getDouble(0)).as(file + " box x").isCloseTo(faces.get(i).box().x(), within(1e-3));
                assertThat(box.getDouble(2)).as(file + " box width").isCloseTo(faces.get(i).box().width(), within(1e-3));
                assertSameScores(row, faces.get(i).scores(), file + " face " + i);
            }
        });
    }

    private static void assertSameScores(Row row, EmotionScores scores, String where) {
        assertThat((String) row.getAs("top")).as(where + " top emotion").isEqualTo(scores.top().label());
        for (Emotion emotion : ScoreColumns.EMOTIONS) {
            assertThat((float) row.getAs(emotion.label())).as(where + " " + emotion.label())
                    .isCloseTo(scores.probability(emotion), within((float) TOLERANCE));
        }
    }

    private static String name(Row row) {
        String path = row.getAs("path");
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
