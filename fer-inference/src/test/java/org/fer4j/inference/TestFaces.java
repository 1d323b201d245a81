package org.fer4j.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fer4j.core.GrayImage;

/** Reproducible test faces: a bright oval with darker eyes and mouth over noise, at any size. */
final class TestFaces {

    private TestFaces() {}

    /** {@code count} faces of {@code side} x {@code side} pixels, the same for the same seed. */
    static List<GrayImage> faces(int count, int side, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GrayImage> faces = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            faces.add(face(side, random));
        }
        return faces;
    }

    private static GrayImage face(int side, SplittableRandom random) {
        float[] pixels = new float[side * side];
        double cx = side / 2.0 + random.nextDouble(-2, 2);
        double mouth = random.nextDouble(0.1, 0.3);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double dx = (x - cx) / (side * 0.35);
                double dy = (y - side / 2.0) / (side * 0.45);
                double v = dx * dx + dy * dy < 1 ? 0.7 : 0.3;
                boolean eye = Math.abs(y - side * 0.4) < side * 0.05 && Math.abs(Math.abs(x - cx) - side * 0.15) < side * 0.06;
                boolean lips = Math.abs(y - side * (0.7 + mouth / 4)) < side * 0.04 && Math.abs(x - cx) < side * mouth;
                if (eye || lips) {
                    v = 0.15;
                }
                pixels[y * side + x] = (float) Math.min(1, Math.max(0, v + random.nextDouble(-0.1, 0.1)));
            }
        }
        return GrayImage.of(side, side, pixels);
    }
}
