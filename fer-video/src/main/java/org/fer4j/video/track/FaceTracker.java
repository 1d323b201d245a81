package org.fer4j.video.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;

/**
 * Gives detections stable ids across frames. Each frame, detections are matched to live tracks
 * greedily by IoU, then the leftovers by centre distance (for faces that moved more than their
 * boxes overlap); unmatched detections start new tracks, and a track unmatched for more than
 * {@link TrackerSettings#maxMissedFrames()} frames is lost, so a returning face gets a new id.
 * Not thread-safe: one tracker per stream.
 */
public final class FaceTracker {

    private final TrackerSettings settings;
    private final List<Track> tracks = new ArrayList<>();
    private int nextId = 1;

    /** A tracker with the given settings. */
    public FaceTracker(TrackerSettings settings) {
        this.settings = settings;
    }

    /** A tracker with {@link TrackerSettings#defaults()}. */
    public FaceTracker() {
        this(TrackerSettings.defaults());
    }

    /** Feeds the detections of the next frame and returns the resulting track changes. */
    public TrackUpdate update(List<Detection> detections) {
        TrackedFace[] assigned = new TrackedFace[detections.size()];
        boolean[] trackMatched = new boolean[tracks.size()];
        matchPass(detections, assigned, trackMatched, true);
        if (settings.maxCentreDistance() > 0) {
            matchPass(detections, assigned, trackMatched, false);
        }

        List<Integer> lost = new ArrayList<>();
        Iterator<Track> it = tracks.iterator();
        for (int t = 0; it.hasNext(); t++) {
            Track track = it.next();
            if (!trackMatched[t] && ++track.missed > settings.maxMissedFrames()) {
                lost.add(track.id);
                it.remove();
            }
        }

        List<Integer> started = new ArrayList<>();
        List<TrackedFace> faces = new ArrayList<>();
        for (int d = 0; d < detections.size(); d++) {
            Detection detection = detections.get(d);
            if (assigned[d] == null) {
                Track track = new Track(nextId++, detection.box());
                tracks.add(track);
                started.add(track.id);
                assigned[d] = new TrackedFace(track.id, detection);
            }
            faces.add(assigned[d]);
        }
        faces.sort(Comparator.comparingInt(TrackedFace::trackId));
        return new TrackUpdate(faces, started, lost);
    }

    /** The ids of the live tracks (seen recently enough), ascending. */
    public List<Integer> liveTrackIds() {
        return tracks.stream().map(t -> t.id).sorted().toList();
    }

    /** Forgets every track (ids keep increasing, so old ids are never reused). */
    public void reset() {
        tracks.clear();
    }

    private void matchPass(List<Detection> detections, TrackedFace[] assigned, boolean[] trackMatched, boolean byIou) {
        List<Pair> pairs = new ArrayList<>();
        for (int t = 0; t < trackMatched.length; t++) {
            if (trackMatched[t]) {
                continue;
            }
            BoundingBox last = tracks.get(t).box;
            for (int d = 0; d < assigned.length; d++) {
                if (assigned[d] != null) {
                    continue;
                }
                BoundingBox box = detections.get(d).box();
                if (byIou) {
                    double iou = last.iou(box);
                    if (iou >= settings.minIou()) {
                        pairs.add(new Pair(t, d, iou));
                    }
                } else {
                    double distance = centreDistance(last, box) / ((last.width() + last.height()) / 2);
                    if (distance <= settings.maxCentreDistance()) {
                        pairs.add(new Pair(t, d, -distance));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::affinity).reversed());
        for (Pair pair : pairs) {
            if (trackMatched[pair.track] || assigned[pair.detection] != null) {
                continue;
            }
            Track track = tracks.get(pair.track);
            Detection detection = detections.get(pair.detection);
            track.box = detection.box();
            track.missed = 0;
            trackMatched[pair.track] = true;
            assigned[pair.detection] = new TrackedFace(track.id, detection);
        }
    }

    private static double centreDistance(BoundingBox a, BoundingBox b) {
        double dx = (a.x() + a.width() / 2) - (b.x() + b.width() / 2);
        double dy = (a.y() + a.height() / 2) - (b.y() + b.height() / 2);
        return Math.hypot(dx, dy);
    }

    /** A candidate match; higher affinity is better (IoU, or minus the normalised distance). */
    private record Pair(int track, int detection, double affinity) {}

    private static final class Track {
        final int id;
        BoundingBox box;
        int missed;

        Track(int id, BoundingBox box) {
            this.id = id;
            this.box = box;
        }
    }
}
