package org.fer4j.detect;

import org.fer4j.core.GrayImage;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceLandmark;
import org.fer4j.core.face.Keypoint;
import org.fer4j.core.image.Picture;

/**
 * Cuts the face a detector found out of a picture the way the emotion models saw faces in training:
 * a square window around the box, {@code scale} times the box's larger side, its centre moved down
 * by {@code verticalOffset} box sides, turned so that the eyes are level (when the detection has key
 * points), as a gray image of a fixed side. Pixels beyond the picture repeat its edge. The defaults
 * match FER2013's framing as measured by {@code Fer2013FramingProbe} (see the module README).
 *
 * <p>Immutable and thread-safe.
 */
public final class FaceAligner {

    /** FER2013 crop side over the BlazeFace box side: the median over 1,494 PublicTest faces. */
    public static final double FER2013_SCALE = 1.16;

    /**
     * FER2013 crop centre below the BlazeFace box centre, in box sides (negative: above): the median
     * over 1,494 PublicTest faces.
     */
    public static final double FER2013_VERTICAL_OFFSET = -0.10;

    private static final int MAX_SUPERSAMPLING = 4;

    private final int side;
    private final double scale;
    private final double verticalOffset;
    private final boolean levelEyes;

    private FaceAligner(Builder builder) {
        this.side = builder.side;
        this.scale = builder.scale;
        this.verticalOffset = builder.verticalOffset;
        this.levelEyes = builder.levelEyes;
    }

    /** FER2013 framing, eyes levelled, 48x48 output. */
    public static FaceAligner create() {
        return builder().build();
    }

    /** A builder with FER2013 framing and levelled eyes by default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The side of the square gray crops in pixels. */
    public int side() {
        return side;
    }

    /** Where the crop of a face lies in its picture. */
    public FaceWindow window(Detection face) {
        double boxSide = Math.max(face.box().width(), face.box().height());
        double angle = levelEyes ? eyeAngle(face) : 0;
        double down = verticalOffset * boxSide;
        double cx = face.box().x() + face.box().width() / 2 - Math.sin(angle) * down;
        double cy = face.box().y() + face.box().height() / 2 + Math.cos(angle) * down;
        return new FaceWindow(cx, cy, boxSide * scale, angle);
    }

    /** The aligned, framed face as a {@code side x side} gray image. */
    public GrayImage crop(Picture picture, Detection face) {
        FaceWindow window = window(face);
        int supersampling = (int) Math.max(1, Math.min(MAX_SUPERSAMPLING, Math.ceil(window.side() / side)));
        int n = side * supersampling;
        GrayImage gray = picture.gray();
        double cos = Math.cos(window.angle());
        double sin = Math.sin(window.angle());
        float[] out = new float[n * n];
        for (int v = 0; v < n; v++) {
            double ly = ((v + 0.5) / n - 0.5) * window.side();
            for (int u = 0; u < n; u++) {
                double lx = ((u + 0.5) / n - 0.5) * window.side();
                double sx = window.centerX() + lx * cos - ly * sin;
                double sy = window.centerY() + lx * sin + ly * cos;
                out[v * n + u] = bilinear(gray, sx - 0.5, sy - 0.5);
            }
        }
        return GrayImage.ofOwned(n, n, out).resized(side, side);
    }

    /** The roll of the eye line in radians (0 when level or without key points). */
    private static double eyeAngle(Detection face) {
        var right = face.keypoint(FaceLandmark.RIGHT_EYE);
        var left = face.keypoint(FaceLandmark.LEFT_EYE);
        if (right.isEmpty() || left.isEmpty()) {
            return 0;
        }
        Keypoint r = right.get();
        Keypoint l = left.get();
        return Math.atan2(l.y() - r.y(), l.x() - r.x());
    }

    private static float bilinear(GrayImage gray, double x, double y) {
        double cx = Math.max(0, Math.min(gray.width() - 1, x));
        double cy = Math.max(0, Math.min(gray.height() - 1, y));
        int x0 = (int) cx;
        int y0 = (int) cy;
        int x1 = Math.min(gray.width() - 1, x0 + 1);
        int y1 = Math.min(gray.height() - 1, y0 + 1);
        double ax = cx - x0;
        double ay = cy - y0;
        double top = gray.get(x0, y0) * (1 - ax) + gray.get(x1, y0) * ax;
        double bottom = gray.get(x0, y1) * (1 - ax) + gray.get(x1, y1) * ax;
        return (float) (top * (1 - ay) + bottom * ay);
    }

    /**
     * A square crop window in picture pixels: its centre, its side, and its rotation in radians
     * (clockwise in picture coordinates, i.e. the roll of the eye line).
     */
    public record FaceWindow(double centerX, double centerY, double side, double angle) {}

    /** Configures a {@link FaceAligner}. */
    public static final class Builder {

        private int side = 48;
        private double scale = FER2013_SCALE;
        private double verticalOffset = FER2013_VERTICAL_OFFSET;
        private boolean levelEyes = true;

        private Builder() {}

        /** The output side in pixels; 48 (the FER2013 input) by default. */
        public Builder optSide(int side) {
            this.side = side;
            return this;
        }

        /** Crop side over the box's larger side; {@link #FER2013_SCALE} by default. */
        public Builder optScale(double scale) {
            this.scale = scale;
            return this;
        }

        /** How far the crop centre lies below the box centre, in box sides; {@link #FER2013_VERTICAL_OFFSET} by default. */
        public Builder optVerticalOffset(double verticalOffset) {
            this.verticalOffset = verticalOffset;
            return this;
        }

        /** Whether to turn the crop so the eyes are level; true by default. */
        public Builder optLevelEyes(boolean levelEyes) {
            this.levelEyes = levelEyes;
            return this;
        }

        /** Validates the settings and builds the aligner. */
        public FaceAligner build() {
            if (side < 8 || side > 1024) {
                throw new IllegalArgumentException("Face crop side must be in [8, 1024] pixels, got " + side);
            }
            if (!(scale >= 0.5 && scale <= 4)) {
                throw new IllegalArgumentException("Face crop scale must be in [0.5, 4], got " + scale);
            }
            if (!(Math.abs(verticalOffset) <= 1)) {
                throw new IllegalArgumentException("Face crop vertical offset must be in [-1, 1] box sides, got " + verticalOffset);
            }
            return new FaceAligner(this);
        }
    }
}
