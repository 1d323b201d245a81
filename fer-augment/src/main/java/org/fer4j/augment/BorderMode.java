package org.fer4j.augment;

/**
 * How {@link AffineWarp} fills output pixels whose source lies outside the image. Black or constant
 * borders are not offered on purpose: a dark wedge is a cue a face classifier could learn.
 */
public enum BorderMode {

    /** Repeats the outermost row or column ({@code aaaa|abcd|dddd}); can smear it into streaks. */
    REPLICATE {
        @Override
        int index(int i, int size) {
            return i < 0 ? 0 : (i >= size ? size - 1 : i);
        }
    },

    /**
     * Mirrors the image about its outer edge ({@code dcba|abcd|dcba}, OpenCV's BORDER_REFLECT), tiling
     * further out; keeps the texture of hair and background, so it is the default.
     */
    REFLECT {
        @Override
        int index(int i, int size) {
            int period = 2 * size;
            int m = Math.floorMod(i, period);
            return m < size ? m : period - 1 - m;
        }
    };

    /** Maps a possibly out-of-range pixel index along an axis of {@code size} pixels into [0, size). */
    abstract int index(int i, int size);
}
