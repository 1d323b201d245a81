package org.fer4j.augment;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;

/** Applies one already-parameterised pixel operation to every frame of a clip. */
final class Frames {

    /** A per-frame pixel operation with all its random parameters already fixed. */
    @FunctionalInterface
    interface PixelOp {
        /**
         * Transforms a fresh row-major copy of one frame, which the operation may overwrite and
         * return, or it may return a new array of the same length.
         */
        float[] apply(float[] pixels, int width, int height);
    }

    private Frames() {
    }

    /** Runs {@code op} on a copy of every frame; out-of-range results are clamped into [0, 1]. */
    static Clip map(Clip clip, PixelOp op) {
        int width = clip.width();
        int height = clip.height();
        List<GrayImage> out = new ArrayList<>(clip.length());
        for (GrayImage frame : clip.frames()) {
            out.add(GrayImage.ofOwned(width, height, op.apply(frame.pixels(), width, height)));
        }
        return Clip.of(out);
    }
}
