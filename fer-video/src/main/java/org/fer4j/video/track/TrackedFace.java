package org.fer4j.video.track;

import org.fer4j.core.BoundingBox;

/** A detection seen in the current frame, with the id of the track it belongs to. */
public record TrackedFace(int trackId, BoundingBox box, float score) {}
