package org.fer4j.cli.video;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.stream.EmotionListener;
import org.fer4j.video.stream.FaceResult;
import org.fer4j.video.stream.FrameResult;

/**
 * Prints one block per second of video: for each track seen in that second, its dominant emotion
 * (the top of the mean scores) and the mean of the model's per-frame scores. Call {@link #finish()}
 * after the last frame to print the last second.
 */
final class PerSecondSummary implements EmotionListener {

    private final LabelSet labels;
    private final PrintStream out;
    private final Map<Integer, float[]> sums = new TreeMap<>();
    private final Map<Integer, Integer> counts = new TreeMap<>();
    private long second = -1;
    private int frames;

    /** A summary of scores over {@code labels}, printed to {@code out}. */
    PerSecondSummary(LabelSet labels, PrintStream out) {
        this.labels = labels;
        this.out = out;
    }

    @Override
    public void onFrame(FrameResult result, VideoFrame frame) {
        long now = Math.max(0, result.timestampMicros()) / 1_000_000;
        if (now != second) {
            finish();
            second = now;
        }
        frames++;
        for (FaceResult face : result.faces()) {
            float[] sum = sums.computeIfAbsent(face.trackId(), id -> new float[labels.size()]);
            EmotionScores scores = face.scores();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += scores.probability(i);
            }
            counts.merge(face.trackId(), 1, Integer::sum);
        }
    }

    /** Prints the second collected so far, if any, and starts afresh. */
    void finish() {
        if (frames == 0) {
            return;
        }
        String time = String.format(Locale.ROOT, "%9s", second + "-" + (second + 1) + " s");
        if (sums.isEmpty()) {
            out.printf(Locale.ROOT, "%s  no face (%d frames)%n", time, frames);
        }
        for (Map.Entry<Integer, float[]> track : sums.entrySet()) {
            int n = counts.get(track.getKey());
            float[] mean = track.getValue();
            for (int i = 0; i < mean.length; i++) {
                mean[i] /= n;
            }
            EmotionScores scores = EmotionScores.normalizing(labels, mean);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s  track %d  %-8s (%2d/%d frames) ",
                    time, track.getKey(), scores.top().label(), n, frames));
            for (int i = 0; i < labels.size(); i++) {
                line.append(String.format(Locale.ROOT, " %s %.2f", labels.get(i).label(), scores.probability(i)));
            }
            out.println(line);
        }
        sums.clear();
        counts.clear();
        frames = 0;
    }
}
