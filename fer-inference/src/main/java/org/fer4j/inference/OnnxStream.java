package org.fer4j.inference;

import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;

/**
 * Frame-by-frame scoring of one face on an {@link OnnxEmotionModel}, one graph run of one frame per
 * call. A recurrent model's state ({@code state_h}, {@code state_c}) is handed from each run's
 * outputs to the next run's inputs; with flip averaging a second state follows the mirrored frames,
 * so the scores equal {@link OnnxEmotionModel#predict(Clip)} of all frames so far. A model without
 * recurrence classifies the mean of its frame features, a linear map of them, so the stream keeps
 * the running mean of each frame's logits (and of its mirror's), which is the clip's logits. Frames
 * must keep the size of the first since the last reset, as a clip's do.
 */
final class OnnxStream implements EmotionStream {

    private final OnnxEmotionModel model;
    private final ModelSignature signature;
    private final ClipPacker packer;
    private float[] stateH;
    private float[] stateC;
    private float[] logitSums;
    private int frames;
    private int width;
    private int height;
    private boolean closed;

    OnnxStream(OnnxEmotionModel model, ModelSignature signature, ClipPacker packer) {
        this.model = model;
        this.signature = signature;
        this.packer = packer;
    }

    @Override
    public synchronized EmotionScores next(GrayImage face) {
        if (closed) {
            throw new IllegalStateException("This stream of " + signature.source() + " is closed");
        }
        model.ensureOpen();
        if (frames > 0 && (face.width() != width || face.height() != height)) {
            throw new IllegalArgumentException("Frame " + frames + " of this stream is " + face.width() + "x"
                    + face.height() + " but its frames so far are " + width + "x" + height
                    + "; crop the face at one size per track, or reset() the stream first");
        }
        GraphRunner.Outputs out = model.run(List.of(packer.fit(Clip.still(face))), stateH, stateC, false);
        if (frames == 0) {
            width = face.width();
            height = face.height();
        }
        frames++;
        if (signature.recurrent()) {
            stateH = out.stateH();
            stateC = out.stateC();
            return model.scores(out.probabilities(), 0, 1);
        }
        return meanOfLogits(out.logits());
    }

    /** Adds this frame's logits (one row per view) and scores their mean over the frames so far. */
    private EmotionScores meanOfLogits(float[] logits) {
        if (logitSums == null) {
            logitSums = new float[logits.length];
        }
        float[] probabilities = new float[logits.length];
        int classes = signature.labels().size();
        for (int row = 0; row < logits.length / classes; row++) {
            float[] mean = new float[classes];
            for (int k = 0; k < classes; k++) {
                logitSums[row * classes + k] += logits[row * classes + k];
                mean[k] = logitSums[row * classes + k] / frames;
            }
            float[] p = EmotionScores.fromLogits(signature.labels(), mean).toArray();
            System.arraycopy(p, 0, probabilities, row * classes, classes);
        }
        return model.scores(probabilities, 0, 1);
    }

    @Override
    public synchronized void reset() {
        stateH = null;
        stateC = null;
        logitSums = null;
        frames = 0;
    }

    @Override
    public synchronized int framesSeen() {
        return frames;
    }

    @Override
    public synchronized void close() {
        reset();
        closed = true;
    }
}
