package org.fer4j.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.GrayImage;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceLandmark;
import org.fer4j.core.face.Keypoint;
import org.fer4j.core.image.Picture;
import org.junit.jupiter.api.Test;

class FaceAlignerTest {

    /** A gray picture with two dark "eyes" 60 px apart on a line tilted by {@code degrees}. */
    private static Picture eyes(double degrees, double[] right, double[] left) {
        double a = Math.toRadians(degrees);
        right[0] = 200 - 30 * Math.cos(a);
        right[1] = 200 - 30 * Math.sin(a);
        left[0] = 200 + 30 * Math.cos(a);
        left[1] = 200 + 30 * Math.sin(a);
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 400, 400);
        g.setColor(Color.BLACK);
        g.fill(new java.awt.geom.Ellipse2D.Double(right[0] - 6, right[1] - 6, 12, 12));
        g.fill(new java.awt.geom.Ellipse2D.Double(left[0] - 6, left[1] - 6, 12, 12));
        g.dispose();
        return Picture.of(image);
    }

    private static Detection face(double[] right, double[] left) {
        List<Keypoint> points = new ArrayList<>();
        for (FaceLandmark landmark : FaceLandmark.values()) {
            double[] p = landmark == FaceLandmark.RIGHT_EYE ? right : landmark == FaceLandmark.LEFT_EYE ? left : new double[] {200, 230};
            points.add(new Keypoint(landmark, p[0], p[1]));
        }
        return new Detection(new BoundingBox(140, 150, 120, 120), points, 0.9f);
    }

    /** The mean row of the dark pixels in one half of the crop. */
    private static double darkRow(GrayImage crop, boolean leftHalf) {
        double sum = 0;
        double n = 0;
        for (int y = 0; y < crop.height(); y++) {
            for (int x = leftHalf ? 0 : crop.width() / 2; x < (leftHalf ? crop.width() / 2 : crop.width()); x++) {
                double dark = Math.max(0, 0.5 - crop.get(x, y));
                sum += dark * y;
                n += dark;
            }
        }
        return sum / n;
    }

    @Test
    void levelsTheEyesOfATiltedFace() {
        double[] right = new double[2];
        double[] left = new double[2];
        Picture picture = eyes(25, right, left);
        Detection tilted = face(right, left);

        GrayImage aligned = FaceAligner.create().crop(picture, tilted);
        GrayImage unaligned = FaceAligner.builder().optLevelEyes(false).build().crop(picture, tilted);

        assertThat(aligned.width()).isEqualTo(48);
        assertThat(darkRow(aligned, true)).isCloseTo(darkRow(aligned, false), within(1.0));
        assertThat(Math.abs(darkRow(unaligned, true) - darkRow(unaligned, false))).isGreaterThan(5);
        assertThat(FaceAligner.create().window(tilted).angle()).isCloseTo(Math.toRadians(25), within(1e-9));
    }

    @Test
    void framesTheWindowAroundTheBoxByScaleAndVerticalOffset() {
        Detection level = new Detection(new BoundingBox(100, 100, 80, 80), 0.9f);

        FaceAligner.FaceWindow window =
                FaceAligner.builder().optScale(1.5).optVerticalOffset(0.25).build().window(level);

        assertThat(window.side()).isEqualTo(120.0);
        assertThat(window.centerX()).isEqualTo(140.0);
        assertThat(window.centerY()).isEqualTo(160.0);
        assertThat(window.angle()).isZero();
    }

    @Test
    void repeatsThePictureEdgeForAWindowReachingBeyondIt() {
        BufferedImage white = new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY);
        white.getRaster().setSamples(0, 0, 50, 50, 0, new int[2500]);
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 50; j++) {
                white.getRaster().setSample(i, j, 0, 255);
            }
        }
        GrayImage crop = FaceAligner.create().crop(Picture.of(white), new Detection(new BoundingBox(-20, -20, 40, 40), 0.9f));

        assertThat(crop.get(0, 0)).isEqualTo(1f);
    }

    @Test
    void refusesOutOfRangeSettings() {
        assertThatThrownBy(() -> FaceAligner.builder().optScale(10).build()).hasMessageContaining("scale");
        assertThatThrownBy(() -> FaceAligner.builder().optSide(2).build()).hasMessageContaining("side");
    }
}
