package org.fer4j.inference;

import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.GrayImage;

/**
 * Packs clips into one (rows, T, 1, S, S) input: frames resized to the model's side exactly as
 * fer-models' {@code ClipTranslator} does ({@link GrayImage#resized}, untouched when already that
 * size), and, for flip averaging, the horizontally mirrored clips appended after the originals, so
 * row {@code i + n} is the mirror of row {@code i}.
 */
final class ClipPacker {

    private final int side;
    private final boolean mirrored;

    ClipPacker(int side, boolean mirrored) {
        this.side = side;
        this.mirrored = mirrored;
    }

    /** Rows a batch of {@code clips} clips takes: twice as many with mirrors. */
    int rows(int clips) {
        return mirrored ? 2 * clips : clips;
    }

    /** The clip with every frame at the model's side. */
    Clip fit(Clip clip) {
        if (clip.width() == side && clip.height() == side) {
            return clip;
        }
        return Clip.of(clip.frames().stream().map(f -> f.resized(side, side)).toList());
    }

    /** Packs fitted clips that share one length, mirrors after originals. */
    float[] pack(List<Clip> clips) {
        int frames = clips.get(0).length();
        int clipSize = frames * side * side;
        float[] data = new float[rows(clips.size()) * clipSize];
        for (int i = 0; i < clips.size(); i++) {
            Clip clip = clips.get(i);
            if (clip.length() != frames) {
                throw new IllegalArgumentException("Clip " + i + " of a batch has " + clip.length()
                        + " frames but clip 0 has " + frames);
            }
            clip.copyTensorData(data, i * clipSize);
            if (mirrored) {
                mirror(data, i * clipSize, (clips.size() + i) * clipSize, frames * side);
            }
        }
        return data;
    }

    /** Copies {@code lines} rows of {@code side} pixels from {@code from}, each reversed, to {@code to}. */
    private void mirror(float[] data, int from, int to, int lines) {
        for (int line = 0; line < lines; line++) {
            int src = from + line * side;
            int dst = to + line * side + side - 1;
            for (int x = 0; x < side; x++) {
                data[dst - x] = data[src + x];
            }
        }
    }
}
