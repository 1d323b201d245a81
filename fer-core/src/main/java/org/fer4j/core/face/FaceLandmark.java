package org.fer4j.core.face;

/**
 * The six face key points a detector such as BlazeFace reports, in its output order. Right and left
 * are the person's own: on a frontal face the right eye appears on the left of the picture.
 */
public enum FaceLandmark {
    /** Centre of the person's right eye. */
    RIGHT_EYE,
    /** Centre of the person's left eye. */
    LEFT_EYE,
    /** Tip of the nose. */
    NOSE_TIP,
    /** Centre of the mouth. */
    MOUTH,
    /** The person's right ear tragion. */
    RIGHT_EAR,
    /** The person's left ear tragion. */
    LEFT_EAR
}
