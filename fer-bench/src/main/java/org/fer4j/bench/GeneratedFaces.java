package org.fer4j.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.fer4j.core.data.InMemoryFaceDataset;
import org.fer4j.core.preprocess.FacePreprocessor;

/**
 * Deterministic benchmark inputs: colour face-like pictures (skin ellipse, eyes, mouth, noisy
 * background) as a camera's face crop would deliver them, and their grayscale model-side versions.
 * Timing does not depend on what the pixels show, only on their size, so generated pictures keep
 * the benchmarks free of any data file.
 */
public final class GeneratedFaces {

    /** Side of the generated colour pictures: a typical face crop from a 640x480 webcam frame. */
    public static final int PHOTO_SIDE = 160;

    private GeneratedFaces() {}

    /** {@code count} colour pictures of {@code side} x {@code side} pixels, the same for the same seed. */
    public static List<BufferedImage> photos(int count, int side, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BufferedImage> photos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            photos.add(photo(side, random));
        }
        return photos;
    }

    /** {@code count} grayscale faces of {@code side} x {@code side} pixels in [0, 1]. */
    public static List<GrayImage> faces(int count, int side, long seed) {
        FacePreprocessor preprocessor = new FacePreprocessor(side);
        return photos(count, PHOTO_SIDE, seed).stream().map(preprocessor::face).toList();
    }

    /** A prepared one-frame-per-sample dataset of {@code count} faces with labels cycling through FER2013's. */
    public static InMemoryFaceDataset dataset(int count, int side, long seed) {
        LabelSet labels = LabelSet.FER2013;
        List<GrayImage> faces = faces(count, side, seed);
        List<LabeledClip> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            samples.add(new LabeledClip(Clip.still(faces.get(i)), labels.get(i % labels.size()), "generated " + i, ""));
        }
        InMemoryFaceDataset dataset = InMemoryFaceDataset.builder().setSamples(samples).optLabelSet(labels).build();
        try {
            dataset.prepare(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataset;
    }

    private static BufferedImage photo(int side, SplittableRandom random) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_3BYTE_BGR);
        int[] row = new int[side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int v = 40 + random.nextInt(60);
                row[x] = (v << 16) | ((v + 10) << 8) | (v + 20);
            }
            image.setRGB(0, y, side, 1, row, 0, side);
        }
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double s = side / 100.0;
            int skin = 150 + random.nextInt(80);
            g.setColor(new Color(skin, (int) (skin * 0.8), (int) (skin * 0.65)));
            int jitter = random.nextInt(11) - 5;
            g.fillOval((int) ((18 + jitter) * s), (int) (10 * s), (int) (64 * s), (int) (82 * s));
            g.setColor(new Color(30, 25, 20));
            int eyeY = (int) ((38 + random.nextInt(5)) * s);
            g.fillOval((int) ((33 + jitter) * s), eyeY, (int) (9 * s), (int) (6 * s));
            g.fillOval((int) ((58 + jitter) * s), eyeY, (int) (9 * s), (int) (6 * s));
            g.setStroke(new BasicStroke((float) (2.5 * s)));
            g.setColor(new Color(120, 40, 40));
            int smile = random.nextInt(41) - 20;
            g.drawArc((int) ((38 + jitter) * s), (int) (62 * s), (int) (24 * s), (int) (12 * s), 180 + smile, 180 - 2 * smile);
        } finally {
            g.dispose();
        }
        return image;
    }
}
