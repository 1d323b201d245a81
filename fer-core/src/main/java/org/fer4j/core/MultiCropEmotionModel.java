package org.fer4j.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-time multi-crop averaging: each face is scored as given and as four copies shifted left,
 * right, up and down by a fraction of its side (the crops the anchors of FER2013 average at test
 * time), and the five score vectors are averaged. Works on any {@link EmotionModel} and runtime,
 * so combined with a model's own flip averaging it costs ten passes per face. Clips and streams
 * shift every frame alike, so a stream still gives the clip's scores.
 */
public final class MultiCropEmotionModel extends ForwardingEmotionModel {

    /** The shift of the four extra crops, as a fraction of the face side: 3 px of a 48 px face. */
    public static final double DEFAULT_SHIFT = 0.0625;

    private final double shift;
    private final EmotionEnsemble views;

    private MultiCropEmotionModel(EmotionModel model, double shift) {
        super(model);
        this.shift = shift;
        List<EmotionModel> crops = new ArrayList<>(5);
        crops.add(new ShiftedView(model, 0, 0));
        crops.add(new ShiftedView(model, -shift, 0));
        crops.add(new ShiftedView(model, shift, 0));
        crops.add(new ShiftedView(model, 0, -shift));
        crops.add(new ShiftedView(model, 0, shift));
        this.views = EmotionEnsemble.of(crops);
    }

    /** Averages {@code model} over five crops shifted by {@link #DEFAULT_SHIFT}; closing it closes the model. */
    public static MultiCropEmotionModel of(EmotionModel model) {
        return of(model, DEFAULT_SHIFT);
    }

    /**
     * Averages {@code model} over the face and four copies shifted by {@code shift} of its side.
     *
     * @param shift fraction of the face side, in (0, 0.5)
     */
    public static MultiCropEmotionModel of(EmotionModel model, double shift) {
        if (!(shift > 0 && shift < 0.5)) {
            throw new IllegalArgumentException("shift must be a fraction of the face side in (0, 0.5), got " + shift);
        }
        return new MultiCropEmotionModel(model, shift);
    }

    /** The shift of the extra crops, as a fraction of the face side. */
    public double shift() {
        return shift;
    }

    @Override
    public EmotionScores predict(GrayImage face) {
        return views.predict(face);
    }

    @Override
    public List<EmotionScores> predictAll(List<GrayImage> faces) {
        return views.predictAll(faces);
    }

    @Override
    public EmotionScores predict(Clip clip) {
        return views.predict(clip);
    }

    @Override
    public EmotionStream openStream() {
        return views.openStream();
    }

    /** One crop: the model fed every face shifted alike; closing it leaves the model open. */
    private static final class ShiftedView extends ForwardingEmotionModel {

        private final double dx;
        private final double dy;

        ShiftedView(EmotionModel model, double dx, double dy) {
            super(model);
            this.dx = dx;
            this.dy = dy;
        }

        private GrayImage shifted(GrayImage face) {
            if (dx == 0 && dy == 0) {
                return face;
            }
            return face.translated((int) Math.round(dx * face.width()), (int) Math.round(dy * face.height()));
        }

        private Clip shifted(Clip clip) {
            List<GrayImage> frames = new ArrayList<>(clip.length());
            for (GrayImage frame : clip.frames()) {
                frames.add(shifted(frame));
            }
            return Clip.of(frames);
        }

        @Override
        public EmotionScores predict(GrayImage face) {
            return delegate().predict(shifted(face));
        }

        @Override
        public List<EmotionScores> predictAll(List<GrayImage> faces) {
            List<GrayImage> moved = new ArrayList<>(faces.size());
            for (GrayImage face : faces) {
                moved.add(shifted(face));
            }
            return delegate().predictAll(moved);
        }

        @Override
        public EmotionScores predict(Clip clip) {
            return delegate().predict(shifted(clip));
        }

        @Override
        public EmotionStream openStream() {
            EmotionStream stream = delegate().openStream();
            return new EmotionStream() {
                @Override
                public EmotionScores next(GrayImage face) {
                    return stream.next(shifted(face));
                }

                @Override
                public void reset() {
                    stream.reset();
                }

                @Override
                public int framesSeen() {
                    return stream.framesSeen();
                }

                @Override
                public void close() {
                    stream.close();
                }
            };
        }

        @Override
        public void close() {
            // the multi-crop model owns and closes the model
        }
    }
}
