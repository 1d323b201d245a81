package org.fer4j.video.testing;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.stream.EmotionChange;
import org.fer4j.video.stream.EmotionListener;
import org.fer4j.video.stream.FrameResult;

/** Test listener that keeps everything it is told, in order. */
public final class RecordingListener implements EmotionListener {

    private final List<FrameResult> frames = new ArrayList<>();
    private final List<EmotionChange> changes = new ArrayList<>();

    @Override
    public void onFrame(FrameResult result, VideoFrame frame) {
        if (result.frameIndex() != frame.index()) {
            throw new AssertionError("result of frame " + result.frameIndex() + " came with frame " + frame.index());
        }
        frames.add(result);
    }

    @Override
    public void onEmotionChanged(EmotionChange change) {
        changes.add(change);
    }

    /** Every frame result received. */
    public List<FrameResult> frames() {
        return frames;
    }

    /** Every emotion change received. */
    public List<EmotionChange> changes() {
        return changes;
    }
}
