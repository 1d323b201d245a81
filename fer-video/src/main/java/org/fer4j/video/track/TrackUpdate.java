package org.fer4j.video.track;

import java.util.List;

/**
 * What one frame did to the tracks: the faces seen (ordered by track id), the ids of tracks that
 * started in this frame, and the ids of tracks lost because they were missed for too long.
 */
public record TrackUpdate(List<TrackedFace> faces, List<Integer> started, List<Integer> lost) {

    /** Copies the lists so the update cannot change afterwards. */
    public TrackUpdate {
        faces = List.copyOf(faces);
        started = List.copyOf(started);
        lost = List.copyOf(lost);
    }
}
