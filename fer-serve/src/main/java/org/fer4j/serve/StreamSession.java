package org.fer4j.serve;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.fer4j.core.AttentionMap;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.core.preprocess.FacePreprocessor;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.stream.EmotionChange;
import org.fer4j.video.stream.EmotionListener;
import org.fer4j.video.stream.EmotionPipeline;
import org.fer4j.video.stream.FaceResult;
import org.fer4j.video.stream.FrameResult;

/**
 * One stream client's frames: each frame (encoded picture bytes) runs detector, tracker and one
 * {@code EmotionStream} per track (state carried between frames) through an {@link EmotionPipeline},
 * on the server's worker pool, one frame of a client at a time. Every frame gets exactly one reply: a
 * {@code frame} message with the tracked faces, a {@code dropped} message when the client is over its
 * frame rate or a newer frame replaced it while it waited (live video wants the latest frame, so at
 * most one frame per client waits and latency stays bounded under overload), or an {@code error}
 * message for a bad frame. A {@code dropped} reply may overtake the reply of the frame before it.
 * Emotion changes are pushed as {@code change} messages right after their frame. {@link #close()}
 * closes every open face stream, then tells its owner; a close from inside a frame's own reply (a send
 * that failed because the client went) is finished by that frame's worker as the frame ends.
 * {@link #onFrame} is called by one socket thread at a time.
 */
final class StreamSession implements AutoCloseable {

    private final EmotionPipeline pipeline;
    private final UploadCheck check;
    private final FrameRateLimit rateLimit;
    private final double maxFramesPerSecond;
    private final Optional<AttentionProbe> attention;
    private final FacePreprocessor attentionCrop = new FacePreprocessor();
    private final Consumer<String> replies;
    private final Executor workers;
    private final Runnable onClosed;
    private final Object mailbox = new Object();
    private Pending pending;
    private boolean draining;
    private Thread drainer;
    private boolean closed;
    private boolean pipelineClosed;
    private long frames;

    StreamSession(String client, EmotionModel model, FaceDetector detector, ServeLimits limits,
            Optional<AttentionProbe> attention, Executor workers, Consumer<String> replies, Runnable onClosed) {
        this.workers = workers;
        this.onClosed = onClosed;
        this.check = new UploadCheck(limits);
        this.rateLimit = new FrameRateLimit(limits.maxFramesPerSecond());
        this.maxFramesPerSecond = limits.maxFramesPerSecond();
        this.attention = attention;
        this.replies = replies;
        this.pipeline = EmotionPipeline.builder()
                .setSource(new PushedFrames("stream client " + client))
                .setModel(model)
                .optDetector(detector)
                .addListener(new Replies())
                .build();
    }

    /** Takes the next frame the client sent; it is replied to once, later or now; never throws. */
    void onFrame(byte[] bytes, long arrivalNanos) {
        long index = frames++;
        if (!rateLimit.admit(arrivalNanos)) {
            dropped(index, "over the limit of " + FaceJson.number(maxFramesPerSecond) + " frames/s");
            return;
        }
        Pending replaced;
        synchronized (mailbox) {
            if (closed) {
                return;
            }
            replaced = pending;
            pending = new Pending(index, bytes, arrivalNanos);
            if (!draining) {
                draining = true;
                try {
                    workers.execute(this::drain);
                } catch (RejectedExecutionException stopping) {
                    draining = false;
                    pending = null;
                    return;
                }
            }
        }
        if (replaced != null) {
            dropped(replaced.index, "replaced by a newer frame while the server was busy");
        }
    }

    private void dropped(long index, String reason) {
        replies.accept("{\"type\":\"dropped\",\"frame\":" + index + ",\"reason\":" + FaceJson.string(reason) + "}");
    }

    /** Processes the waiting frames of this client one at a time until none waits. */
    private void drain() {
        boolean finished = false;
        synchronized (mailbox) {
            drainer = Thread.currentThread();
        }
        try {
            for (Pending next = take(); next != null; next = take()) {
                process(next.index, next.bytes, next.arrivalNanos);
            }
            finished = true;
        } finally {
            boolean closeNow;
            synchronized (mailbox) {
                if (!finished) {
                    draining = false;
                    mailbox.notifyAll();
                }
                if (drainer == Thread.currentThread()) {
                    drainer = null;
                }
                closeNow = closed;
            }
            if (closeNow) {
                closePipeline();
            }
        }
    }

    /**
     * The waiting frame; or null when none waits or the session is closed, and then the drain ends in
     * the same step, so a frame arriving right after starts a new one.
     */
    private Pending take() {
        synchronized (mailbox) {
            Pending next = closed ? null : pending;
            pending = null;
            if (next == null) {
                draining = false;
                mailbox.notifyAll();
            }
            return next;
        }
    }

    private void process(long index, byte[] bytes, long arrivalNanos) {
        try {
            BufferedImage image = check.decode(bytes, "frame " + index);
            synchronized (pipeline) {
                pipeline.process(new VideoFrame(index, arrivalNanos / 1000, image));
            }
        } catch (ApiException e) {
            replies.accept("{\"type\":\"error\",\"frame\":" + index + ",\"status\":" + e.status()
                    + ",\"error\":" + FaceJson.string(e.getMessage()) + "}");
        } catch (RuntimeException e) {
            replies.accept("{\"type\":\"error\",\"frame\":" + index + ",\"status\":500,\"error\":"
                    + FaceJson.string(Messages.cap("frame " + index + " failed: " + e)) + "}");
        }
    }

    /** The ids of the tracks with an open emotion stream. */
    List<Integer> openTracks() {
        synchronized (pipeline) {
            return pipeline.openTrackIds();
        }
    }

    /**
     * Closes every face stream of this client after the frame being processed (if any) is done, then
     * runs the owner's callback once. Called from inside that frame (its reply failed), it only marks
     * the session closed: the frame's worker closes the streams as the frame ends, since it cannot wait
     * for itself.
     */
    @Override
    public void close() {
        synchronized (mailbox) {
            closed = true;
            pending = null;
            if (drainer == Thread.currentThread()) {
                return;
            }
            while (draining) {
                try {
                    mailbox.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        closePipeline();
    }

    private void closePipeline() {
        synchronized (pipeline) {
            if (pipelineClosed) {
                return;
            }
            pipelineClosed = true;
            try {
                pipeline.close();
            } finally {
                onClosed.run();
            }
        }
    }

    private record Pending(long index, byte[] bytes, long arrivalNanos) {}

    /** Writes the pipeline's results and changes as messages. */
    private final class Replies implements EmotionListener {

        @Override
        public void onFrame(FrameResult result, VideoFrame frame) {
            StringBuilder json = new StringBuilder("{\"type\":\"frame\",\"frame\":").append(result.frameIndex())
                    .append(",\"width\":").append(frame.width()).append(",\"height\":").append(frame.height())
                    .append(",\"faces\":[");
            for (int i = 0; i < result.faces().size(); i++) {
                FaceResult face = result.faces().get(i);
                json.append(i == 0 ? "" : ",");
                FaceJson.appendFace(json, "\"track\":" + face.trackId() + ",", face.box(), face.detectionScore(),
                        face.emotion(), face.smoothedScores());
            }
            json.append(']');
            if (attention.isPresent() && !result.faces().isEmpty()) {
                appendAttention(json, result.faces().get(0), frame);
            }
            replies.accept(json.append('}').toString());
        }

        @Override
        public void onEmotionChanged(EmotionChange change) {
            replies.accept("{\"type\":\"change\",\"track\":" + change.trackId() + ",\"from\":"
                    + (change.isInitial() ? "null" : FaceJson.string(change.from().label()))
                    + ",\"to\":" + FaceJson.string(change.to().label()) + ",\"frame\":" + change.frameIndex() + "}");
        }

        /** {@code ,"attention":{"track":t,"side":6,"weights":[...]}} for the first face. */
        private void appendAttention(StringBuilder json, FaceResult face, VideoFrame frame) {
            BoundingBox box = clipped(face.box(), frame.width(), frame.height());
            Optional<AttentionMap> map = attention.get().attention(attentionCrop.face(frame.gray(), box));
            if (map.isEmpty()) {
                return;
            }
            float[] weights = map.get().weights(map.get().frames() - 1);
            json.append(",\"attention\":{\"track\":").append(face.trackId()).append(",\"side\":").append(map.get().side())
                    .append(",\"weights\":[");
            for (int i = 0; i < weights.length; i++) {
                json.append(i == 0 ? "" : ",").append(FaceJson.number(weights[i]));
            }
            json.append("]}");
        }

        private BoundingBox clipped(BoundingBox box, int width, int height) {
            double x0 = Math.max(0, box.x());
            double y0 = Math.max(0, box.y());
            double x1 = Math.min(width, box.x() + box.width());
            double y1 = Math.min(height, box.y() + box.height());
            return new BoundingBox(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
        }
    }
}
