package org.fer4j.cli.report;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;

/**
 * Lets a per-frame model work on clips: splits clips into one-frame stills (keeping label and
 * subject) and folds the stills' scores back into one score per clip, either the mean over the
 * clip's frames or the score of its last frame.
 */
public final class ClipFrames {

    private ClipFrames() {}

    /**
     * Every frame of every clip as its own one-frame sample, clip by clip in frame order; the source
     * gains {@code "#frame t"} so errors still point at the frame.
     */
    public static List<LabeledClip> stills(List<LabeledClip> clips) {
        List<LabeledClip> stills = new ArrayList<>();
        for (LabeledClip sample : clips) {
            Clip clip = sample.clip();
            for (int t = 0; t < clip.length(); t++) {
                stills.add(new LabeledClip(
                        Clip.still(clip.frame(t)), sample.label(), sample.source() + "#frame " + t, sample.subject()));
            }
        }
        return stills;
    }

    /**
     * The mean of each clip's frame scores.
     *
     * @param frameScores the scores of {@link #stills(List)} of {@code clips}, in that order
     * @param clips the clips the stills came from
     */
    public static List<EmotionScores> mean(List<EmotionScores> frameScores, List<LabeledClip> clips) {
        requireOneScorePerFrame(frameScores, clips);
        List<EmotionScores> perClip = new ArrayList<>(clips.size());
        int next = 0;
        for (LabeledClip sample : clips) {
            int frames = sample.clip().length();
            LabelSet labels = frameScores.get(next).labels();
            double[] sum = new double[labels.size()];
            for (int t = 0; t < frames; t++) {
                EmotionScores frame = frameScores.get(next + t);
                if (!frame.labels().equals(labels)) {
                    throw new IllegalArgumentException("Frame " + t + " of " + sample.source() + " is scored over ["
                            + frame.labels() + "] but frame 0 over [" + labels + "]");
                }
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += frame.probability(k);
                }
            }
            float[] mean = new float[sum.length];
            double total = 0;
            for (double v : sum) {
                total += v;
            }
            for (int k = 0; k < mean.length; k++) {
                mean[k] = (float) (sum[k] / total);
            }
            perClip.add(EmotionScores.of(labels, mean));
            next += frames;
        }
        return perClip;
    }

    /**
     * The score of each clip's last frame (for CK+, the frame nearest the peak expression).
     *
     * @param frameScores the scores of {@link #stills(List)} of {@code clips}, in that order
     * @param clips the clips the stills came from
     */
    public static List<EmotionScores> last(List<EmotionScores> frameScores, List<LabeledClip> clips) {
        requireOneScorePerFrame(frameScores, clips);
        List<EmotionScores> perClip = new ArrayList<>(clips.size());
        int next = 0;
        for (LabeledClip sample : clips) {
            next += sample.clip().length();
            perClip.add(frameScores.get(next - 1));
        }
        return perClip;
    }

    private static void requireOneScorePerFrame(List<EmotionScores> frameScores, List<LabeledClip> clips) {
        int frames = clips.stream().mapToInt(c -> c.clip().length()).sum();
        if (frameScores.size() != frames) {
            throw new IllegalArgumentException(
                    "Got " + frameScores.size() + " frame scores for " + clips.size() + " clips of " + frames
                            + " frames in all; score the clips' stills in order");
        }
    }
}
