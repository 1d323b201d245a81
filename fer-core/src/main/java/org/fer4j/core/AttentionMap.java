package org.fer4j.core;


/**
 * Where a spatial-attention model looked: one weight per cell of its last feature map (e.g. 6x6 over
 * a 48x48 face), non-negative and summing to one per frame.
 */
public final class AttentionMap {

    private final int side;
    private final float[][] frames;

    /**
     * Creates a map from each frame's row-major {@code side x side} weights (copied).
     *
     * @param side cells per side of the map
     * @param frames one array of {@code side * side} weights per frame
     */
    public AttentionMap(int side, float[][] frames) {
        if (side < 1 || frames == null || frames.length == 0) {
            throw new IllegalArgumentException("An attention map needs a side >= 1 and at least one frame, got side "
                    + side + " and " + (frames == null ? "no" : frames.length) + " frames");
        }
        this.side = side;
        this.frames = new float[frames.length][];
        for (int t = 0; t < frames.length; t++) {
            if (frames[t].length != side * side) {
                throw new IllegalArgumentException("Frame " + t + " of an attention map has " + frames[t].length
                        + " weights, expected " + side + "x" + side + " = " + side * side);
            }
            this.frames[t] = frames[t].clone();
        }
    }

    /** Cells per side of the map. */
    public int side() {
        return side;
    }

    /** Number of frames the map covers (1 for a still image). */
    public int frames() {
        return frames.length;
    }

    /** The row-major weights of one frame's map (a copy). */
    public float[] weights(int frame) {
        return frames[frame].clone();
    }

    /** The weight of a cell of a frame. */
    public float weight(int frame, int row, int column) {
        return frames[frame][row * side + column];
    }

    /**
     * The map of a frame scaled to an image of the given side, normalised so its largest weight is
     * 1, for overlaying on the face.
     */
    public GrayImage toImage(int frame, int imageSide) {
        float[] w = frames[frame];
        float max = 0;
        for (float v : w) {
            max = Math.max(max, v);
        }
        float[] scaled = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            scaled[i] = max > 0 ? w[i] / max : 0;
        }
        return GrayImage.ofOwned(side, side, scaled).resized(imageSide, imageSide);
    }
}
