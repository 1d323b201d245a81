package org.fer4j.video.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.preprocess.FacePreprocessor;
import org.fer4j.detect.BlazeFaceDetector;
import org.fer4j.detect.FaceAligner;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.video.source.FrameSource;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.track.FaceTracker;
import org.fer4j.video.track.TrackUpdate;
import org.fer4j.video.track.TrackedFace;
import org.fer4j.video.track.TrackerSettings;

/**
 * Streaming emotion recognition: for each frame of a source it detects faces, links them to tracks,
 * crops each face as {@link FaceAligner} frames it (FER2013's measured framing around the box, eyes
 * levelled when the detector gives key points, as a gray image of a fixed side),
 * feeds it to that track's {@link EmotionStream} (so a temporal model carries its state from frame
 * to frame at the cost of one frame), smooths the scores and tells the listeners. A lost track's
 * stream is closed, so a returning face starts from fresh state. The detector defaults to {@link
 * BlazeFaceDetector} (best recall and speed on the shared test videos). The pipeline owns only what
 * it created (the streams and a default detector): close the source, a detector you passed and the
 * model yourself. Not thread-safe.
 *
 * <pre>{@code
 * try (FrameSource source = VideoFileSource.open(file);
 *         EmotionModel model = EmotionRecognizer.pretrained();   // fer-models
 *         EmotionPipeline pipeline = EmotionPipeline.builder()
 *                 .setSource(source).setModel(model)
 *                 .addListener(listener).build()) {
 *     pipeline.run();
 * }
 * }</pre>
 */
public final class EmotionPipeline implements AutoCloseable {

    private final FrameSource source;
    private final FaceDetector detector;
    private final boolean ownsDetector;
    private final EmotionModel model;
    private final FaceTracker tracker;
    private final Smoothing smoothing;
    private final Hysteresis hysteresis;
    private final FaceAligner aligner;
    private final List<EmotionListener> listeners;
    private final Map<Integer, TrackState> tracks = new HashMap<>();
    private boolean closed;

    private EmotionPipeline(Builder builder) {
        this.source = builder.source;
        this.ownsDetector = builder.detector == null;
        this.detector = ownsDetector ? BlazeFaceDetector.create() : builder.detector;
        this.model = builder.model;
        this.tracker = new FaceTracker(builder.trackerSettings);
        this.smoothing = builder.smoothing;
        this.hysteresis = builder.hysteresis;
        this.aligner = FaceAligner.builder()
                .optSide(builder.cropSide)
                .optScale(builder.boxScale)
                .build();
        this.listeners = List.copyOf(builder.listeners);
    }

    /** A builder; source and model are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Processes the next frame of the source and tells the listeners.
     *
     * @return the frame's result, or empty at the end of the source
     */
    public Optional<FrameResult> step() {
        if (closed) {
            throw new IllegalStateException("The pipeline over " + source.description() + " is closed");
        }
        Optional<VideoFrame> next = source.next();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(process(next.get()));
    }

    /** Processes every remaining frame; returns how many were processed. */
    public long run() {
        return run(Long.MAX_VALUE);
    }

    /** Processes up to {@code maxFrames} frames; returns how many were processed. */
    public long run(long maxFrames) {
        long count = 0;
        while (count < maxFrames && step().isPresent()) {
            count++;
        }
        return count;
    }

    /** Processes one frame from elsewhere (e.g. your own capture loop) and tells the listeners. */
    public FrameResult process(VideoFrame frame) {
        List<Detection> detections = detector.detect(frame.picture());
        TrackUpdate update = tracker.update(detections);
        for (int lostId : update.lost()) {
            TrackState lost = tracks.remove(lostId);
            if (lost != null) {
                lost.stream.close();
            }
        }
        List<FaceResult> faces = new ArrayList<>(update.faces().size());
        List<EmotionChange> changes = new ArrayList<>();
        for (TrackedFace face : update.faces()) {
            if (!overlapsFrame(face.box(), frame.width(), frame.height())) {
                continue;
            }
            TrackState state = tracks.computeIfAbsent(face.trackId(), this::openTrack);
            GrayImage input = aligner.crop(frame.picture(), face.detection());
            EmotionScores scores = state.stream.next(input);
            EmotionScores smoothed = state.smoother.smooth(scores);
            state.hysteresis.update(smoothed, frame.index()).ifPresent(changes::add);
            Emotion shown = state.hysteresis.current().orElse(smoothed.top());
            faces.add(new FaceResult(face.trackId(), face.box(), face.score(), scores, smoothed, shown));
        }
        FrameResult result = new FrameResult(frame.index(), frame.timestampMicros(), faces);
        for (EmotionListener listener : listeners) {
            listener.onFrame(result, frame);
        }
        for (EmotionChange change : changes) {
            for (EmotionListener listener : listeners) {
                listener.onEmotionChanged(change);
            }
        }
        return result;
    }

    /** The ids of tracks with an open stream, ascending. */
    public List<Integer> openTrackIds() {
        return tracks.keySet().stream().sorted().toList();
    }

    /**
     * Closes every open face stream and the default detector if the pipeline created it; the
     * source, a detector you passed and the model stay open.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        for (TrackState state : tracks.values()) {
            failure = closeCollecting(state.stream::close, failure);
        }
        tracks.clear();
        if (ownsDetector) {
            failure = closeCollecting(detector::close, failure);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Runs a close action, adding its failure to the first one so every resource gets closed. */
    private static RuntimeException closeCollecting(Runnable close, RuntimeException failure) {
        try {
            close.run();
        } catch (RuntimeException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
        }
        return failure;
    }

    private TrackState openTrack(int trackId) {
        return new TrackState(model.openStream(), smoothing.newSmoother(), hysteresis.newFilter(trackId));
    }

    /** Whether any of the box lies inside the frame (a crop beyond it would be its edge alone). */
    private static boolean overlapsFrame(BoundingBox box, int width, int height) {
        return box.x() < width - 1 && box.y() < height - 1 && box.x() + box.width() > 1 && box.y() + box.height() > 1;
    }

    private record TrackState(EmotionStream stream, ScoreSmoother smoother, Hysteresis.Filter hysteresis) {}

    /** Configures an {@link EmotionPipeline}. */
    public static final class Builder {

        private FrameSource source;
        private FaceDetector detector;
        private EmotionModel model;
        private TrackerSettings trackerSettings = TrackerSettings.defaults();
        private Smoothing smoothing = Smoothing.exponential(0.3);
        private Hysteresis hysteresis = Hysteresis.defaults();
        private double boxScale = FaceAligner.FER2013_SCALE;
        private int cropSide = FacePreprocessor.DEFAULT_SIDE;
        private final List<EmotionListener> listeners = new ArrayList<>();

        private Builder() {}

        /** Where frames come from (required). */
        public Builder setSource(FrameSource source) {
            this.source = source;
            return this;
        }

        /** Which detector finds faces; a {@link BlazeFaceDetector} that the pipeline owns by default. */
        public Builder optDetector(FaceDetector detector) {
            this.detector = detector;
            return this;
        }

        /**
         * Which model scores faces (required); each track gets its own {@link
         * EmotionModel#openStream() stream}.
         */
        public Builder setModel(EmotionModel model) {
            this.model = model;
            return this;
        }

        /** How faces are tracked; {@link TrackerSettings#defaults()} by default. */
        public Builder optTracker(TrackerSettings trackerSettings) {
            this.trackerSettings = trackerSettings;
            return this;
        }

        /** How scores are smoothed per track; an exponential moving average (alpha 0.3) by default. */
        public Builder optSmoothing(Smoothing smoothing) {
            this.smoothing = smoothing;
            return this;
        }

        /** When the displayed emotion may change; {@link Hysteresis#defaults()} by default. */
        public Builder optHysteresis(Hysteresis hysteresis) {
            this.hysteresis = hysteresis;
            return this;
        }

        /**
         * The square face crop's side over the detected box's larger side; {@link
         * FaceAligner#FER2013_SCALE} (FER2013's framing as measured) by default.
         */
        public Builder optBoxScale(double boxScale) {
            this.boxScale = boxScale;
            return this;
        }

        /**
         * The side of the square gray crop handed to the model, which resizes it to its own input
         * side; 48 (the FER2013 input) by default. Every crop of a track has this size.
         */
        public Builder optCropSide(int cropSide) {
            this.cropSide = cropSide;
            return this;
        }

        /** Adds a listener; listeners are called in the order added. */
        public Builder addListener(EmotionListener listener) {
            if (listener == null) {
                throw new IllegalArgumentException("Listener must not be null");
            }
            listeners.add(listener);
            return this;
        }

        /** Validates the configuration and builds the pipeline. */
        public EmotionPipeline build() {
            if (source == null) {
                throw new IllegalArgumentException("EmotionPipeline needs a frame source: call setSource(...)");
            }
            if (model == null) {
                throw new IllegalArgumentException("EmotionPipeline needs an emotion model: call setModel(...)");
            }
            if (trackerSettings == null || smoothing == null || hysteresis == null) {
                throw new IllegalArgumentException("Tracker settings, smoothing and hysteresis must not be null");
            }
            if (!(boxScale >= 1 && boxScale <= 3)) {
                throw new IllegalArgumentException("Box scale must be in [1, 3], got " + boxScale);
            }
            if (cropSide < 8 || cropSide > 1024) {
                throw new IllegalArgumentException("Crop side must be in [8, 1024] pixels, got " + cropSide);
            }
            return new EmotionPipeline(this);
        }
    }
}
