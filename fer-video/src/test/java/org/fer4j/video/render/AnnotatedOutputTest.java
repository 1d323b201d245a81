package org.fer4j.video.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.fer4j.video.source.VideoFileSource;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.stream.FaceResult;
import org.fer4j.video.stream.FrameResult;
import org.fer4j.video.testing.Frames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatedOutputTest {

    private static final BoundingBox BOX = new BoundingBox(40, 40, 60, 50);

    @TempDir Path dir;

    @Test
    void annotatorDrawsTheBoxInTheEmotionsColourAndLeavesTheFrameUntouched() {
        VideoFrame frame = Frames.uniform(0, 160, 120, Color.BLACK);
        BufferedImage annotated = new FrameAnnotator(2, 10).annotate(frame, result(0, Emotion.SAD));

        assertThat(new Color(annotated.getRGB(70, 40))).isEqualTo(FrameAnnotator.colourOf(Emotion.SAD));
        assertThat(new Color(annotated.getRGB(70, 65))).isEqualTo(Color.BLACK);
        assertThat(new Color(frame.image().getRGB(70, 40))).isEqualTo(Color.BLACK);
        // The label sits above the box, on a band of the box colour.
        assertThat(countColour(annotated, FrameAnnotator.colourOf(Emotion.SAD), 40, 25, 100, 40)).isGreaterThan(50);
    }

    @Test
    void pngWriterWritesEveryNthAnnotatedFrame() throws IOException {
        PngFrameWriter writer = new PngFrameWriter(dir.resolve("png"), new FrameAnnotator(), 2);
        for (int i = 0; i < 5; i++) {
            writer.onFrame(result(i, Emotion.HAPPY), Frames.uniform(i, 160, 120, Color.BLACK));
        }
        assertThat(dir.resolve("png").toFile().list()).containsExactlyInAnyOrder(
                "frame_000000.png", "frame_000002.png", "frame_000004.png");
        BufferedImage png = ImageIO.read(writer.fileFor(2).toFile());
        assertThat(png.getWidth()).isEqualTo(160);
        assertThat(new Color(png.getRGB(40, 70))).isEqualTo(FrameAnnotator.colourOf(Emotion.HAPPY));
    }

    @Test
    void mp4WriterProducesAVideoThatDecodesFrameForFrame() {
        Path file = dir.resolve("annotated.mp4");
        try (Mp4FrameWriter writer = new Mp4FrameWriter(file, 25, new FrameAnnotator(4, 10))) {
            for (int i = 0; i < 20; i++) {
                writer.onFrame(result(i, Emotion.HAPPY), Frames.uniform(i, 160, 120, Color.BLACK));
            }
            assertThat(writer.framesWritten()).isEqualTo(20);
        }
        List<VideoFrame> decoded = new ArrayList<>();
        try (VideoFileSource source = VideoFileSource.open(file)) {
            assertThat(source.frameRate()).isEqualTo(25.0);
            source.forEachRemaining(decoded::add);
        }
        assertThat(decoded).hasSize(20);
        Color edge = new Color(decoded.get(10).image().getRGB(70, 90));
        Color happy = FrameAnnotator.colourOf(Emotion.HAPPY);
        // Lossy H.264 on a 4-px line: close to the drawn colour, far from the black background.
        assertThat(edge.getRed() + edge.getGreen()).isGreaterThan(250);
        assertThat(Math.abs(edge.getRed() - happy.getRed())).isLessThan(80);
    }

    private static FrameResult result(long index, Emotion emotion) {
        LabelSet labels = LabelSet.of(Emotion.HAPPY, Emotion.SAD);
        float[] p = emotion == Emotion.HAPPY ? new float[] {0.9f, 0.1f} : new float[] {0.2f, 0.8f};
        EmotionScores scores = EmotionScores.of(labels, p);
        return new FrameResult(index, index * 40_000, List.of(new FaceResult(1, BOX, 0.9f, scores, scores, emotion)));
    }

    private static int countColour(BufferedImage image, Color colour, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (image.getRGB(x, y) == colour.getRGB()) {
                    count++;
                }
            }
        }
        return count;
    }
}
