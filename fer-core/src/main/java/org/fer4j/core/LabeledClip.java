package org.fer4j.core;

/**
 * A clip with its true emotion and where it came from (file, CSV row, sequence id), so that errors
 * and reports can point back at the source.
 *
 * @param clip the frames
 * @param label the annotated emotion
 * @param source a human-readable origin such as {@code "fer2013.csv.gz:row 1234"}
 * @param subject the person shown, when the dataset says (used for subject-wise splits), else empty
 */
public record LabeledClip(Clip clip, Emotion label, String source, String subject) {

    /** Validates that no component is missing. */
    public LabeledClip {
        if (clip == null || label == null || source == null || subject == null) {
            throw new IllegalArgumentException("clip, label, source and subject are required");
        }
    }
}
