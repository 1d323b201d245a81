package org.fer4j.core;

import java.util.List;

/**
 * An ordered, non-empty sequence of same-sized face frames: a video snippet, a CK+ sequence, or a
 * single still image as a one-frame clip.
 */
public final class Clip {

    private final List<GrayImage> frames;

    private Clip(List<GrayImage> frames) {
        this.frames = frames;
    }

    /** Creates a clip; all frames must share one size. */
    public static Clip of(List<GrayImage> frames) {
        if (frames == null || frames.isEmpty()) {
            throw new IllegalArgumentException("A clip needs at least one frame, got none");
        }
        GrayImage first = frames.get(0);
        for (int i = 1; i < frames.size(); i++) {
            GrayImage frame = frames.get(i);
            if (frame.width() != first.width() || frame.height() != first.height()) {
                throw new IllegalArgumentException(
                        "Frame " + i + " is " + frame.width() + "x" + frame.height()
                                + " but frame 0 is " + first.width() + "x" + first.height());
            }
        }
        return new Clip(List.copyOf(frames));
    }

    /** A clip of the given frames, in order. */
    public static Clip of(GrayImage... frames) {
        return of(List.of(frames));
    }

    /** A still image seen as a one-frame clip. */
    public static Clip still(GrayImage frame) {
        return new Clip(List.of(frame));
    }

    /** The number of frames (T). */
    public int length() {
        return frames.size();
    }

    /** The frame at position t. */
    public GrayImage frame(int t) {
        return frames.get(t);
    }

    /** The frames in order. */
    public List<GrayImage> frames() {
        return frames;
    }

    /** Frame width in pixels. */
    public int width() {
        return frames.get(0).width();
    }

    /** Frame height in pixels. */
    public int height() {
        return frames.get(0).height();
    }

    /** The frames laid out as a (T, 1, H, W) row-major float array. */
    public float[] toTensorData() {
        float[] data = new float[frames.size() * width() * height()];
        copyTensorData(data, 0);
        return data;
    }

    /** Copies the (T, 1, H, W) row-major frames into {@code target} starting at {@code offset}. */
    public void copyTensorData(float[] target, int offset) {
        int size = width() * height();
        for (int t = 0; t < frames.size(); t++) {
            frames.get(t).copyTo(target, offset + t * size);
        }
    }

    @Override
    public String toString() {
        return "Clip[" + frames.size() + " x " + width() + "x" + height() + "]";
    }
}
