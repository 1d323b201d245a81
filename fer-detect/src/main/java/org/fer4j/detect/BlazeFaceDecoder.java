package org.fer4j.detect;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetectorException;
import org.fer4j.core.face.FaceLandmark;
import org.fer4j.core.face.Keypoint;

/**
 * Turns the raw outputs of the BlazeFace short-range model (128x128 input) into face boxes and key
 * points in picture pixels. The model predicts, per anchor, a score logit and 16 regressors (box centre offset, box
 * size, 6 key points) in input pixels; anchors sit at cell centres of a 16x16 grid (2 per cell,
 * stride 8) and an 8x8 grid (6 per cell, stride 16), i.e. 512 + 384 = 896 anchors.
 */
final class BlazeFaceDecoder {

    /** Side of the square model input in pixels. */
    static final int INPUT_SIDE = 128;

    /** Regressors per anchor: cx, cy, w, h and six (x, y) key points. */
    static final int VALUES_PER_ANCHOR = 16;

    /** One output head: grid side and anchors per cell. */
    record Head(int grid, int anchorsPerCell) {

        /** Anchors in this head. */
        int anchors() {
            return grid * grid * anchorsPerCell;
        }
    }

    /** The stride-8 head ({@code Identity}, {@code Identity_2}). */
    static final Head FINE = new Head(16, 2);

    /** The stride-16 head ({@code Identity_1}, {@code Identity_3}). */
    static final Head COARSE = new Head(8, 6);

    /**
     * Where a frame sits inside the square model input after an aspect-preserving resize: it is
     * drawn at ({@code padX}, {@code padY}) with size {@code scaledWidth x scaledHeight}.
     */
    record Letterbox(int frameWidth, int frameHeight, int padX, int padY, int scaledWidth, int scaledHeight) {

        /** The letterbox fitting a {@code width x height} frame into the model input, centred. */
        static Letterbox fit(int width, int height) {
            double scale = (double) INPUT_SIDE / Math.max(width, height);
            int scaledWidth = Math.max(1, (int) Math.round(width * scale));
            int scaledHeight = Math.max(1, (int) Math.round(height * scale));
            return new Letterbox(
                    width, height, (INPUT_SIDE - scaledWidth) / 2, (INPUT_SIDE - scaledHeight) / 2, scaledWidth, scaledHeight);
        }

        /** Frame pixels per input pixel horizontally. */
        double unscaleX() {
            return (double) frameWidth / scaledWidth;
        }

        /** Frame pixels per input pixel vertically. */
        double unscaleY() {
            return (double) frameHeight / scaledHeight;
        }
    }

    private final float scoreThreshold;

    BlazeFaceDecoder(float scoreThreshold) {
        if (!(scoreThreshold > 0 && scoreThreshold < 1)) {
            throw new IllegalArgumentException("BlazeFace score threshold must be in (0, 1), got " + scoreThreshold);
        }
        this.scoreThreshold = scoreThreshold;
    }

    /**
     * Decodes one head's score logits ({@code anchors} values) and regressors ({@code anchors * 16}
     * values) into candidates above the threshold, in frame pixels, appending them to {@code out}.
     */
    void decode(Head head, float[] logits, float[] regressors, Letterbox letterbox, List<Detection> out) {
        if (logits.length != head.anchors() || regressors.length != head.anchors() * VALUES_PER_ANCHOR) {
            throw new FaceDetectorException(
                    "BlazeFace head with a " + head.grid() + "x" + head.grid() + " grid expects "
                            + head.anchors() + " scores and " + head.anchors() * VALUES_PER_ANCHOR
                            + " regressors, got " + logits.length + " and " + regressors.length,
                    null);
        }
        double stride = (double) INPUT_SIDE / head.grid();
        for (int anchor = 0; anchor < logits.length; anchor++) {
            float score = sigmoid(logits[anchor]);
            if (score < scoreThreshold) {
                continue;
            }
            int cell = anchor / head.anchorsPerCell();
            double anchorX = (cell % head.grid() + 0.5) * stride;
            double anchorY = (cell / head.grid() + 0.5) * stride;
            int r = anchor * VALUES_PER_ANCHOR;
            double cx = anchorX + regressors[r];
            double cy = anchorY + regressors[r + 1];
            double w = regressors[r + 2];
            double h = regressors[r + 3];
            if (!(w > 0 && h > 0)) {
                continue;
            }
            double x = (cx - w / 2 - letterbox.padX()) * letterbox.unscaleX();
            double y = (cy - h / 2 - letterbox.padY()) * letterbox.unscaleY();
            out.add(new Detection(
                    new BoundingBox(x, y, w * letterbox.unscaleX(), h * letterbox.unscaleY()),
                    keypoints(regressors, r, anchorX, anchorY, letterbox),
                    score));
        }
    }

    private static List<Keypoint> keypoints(float[] regressors, int r, double anchorX, double anchorY, Letterbox letterbox) {
        FaceLandmark[] landmarks = FaceLandmark.values();
        List<Keypoint> points = new ArrayList<>(landmarks.length);
        for (int k = 0; k < landmarks.length; k++) {
            double x = (anchorX + regressors[r + 4 + 2 * k] - letterbox.padX()) * letterbox.unscaleX();
            double y = (anchorY + regressors[r + 5 + 2 * k] - letterbox.padY()) * letterbox.unscaleY();
            points.add(new Keypoint(landmarks[k], x, y));
        }
        return points;
    }

    /** All candidates of both heads. */
    List<Detection> decodeAll(
            float[] fineLogits, float[] fineRegressors, float[] coarseLogits, float[] coarseRegressors, Letterbox letterbox) {
        List<Detection> out = new ArrayList<>();
        decode(FINE, fineLogits, fineRegressors, letterbox, out);
        decode(COARSE, coarseLogits, coarseRegressors, letterbox, out);
        return out;
    }

    private static float sigmoid(float logit) {
        float clamped = Math.max(-100f, Math.min(100f, logit));
        return (float) (1 / (1 + Math.exp(-clamped)));
    }
}
