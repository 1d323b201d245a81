package org.fer4j.inference.photo;

import java.util.List;
import java.util.Optional;

/**
 * The outcome for one picture of a batch: its faces, or the error that stopped it (then the faces
 * are empty). One bad picture never stops the others.
 */
public record PhotoAnalysis(String source, List<AnalyzedFace> faces, Exception error) {

    /** Validates the source and keeps an immutable copy of the faces. */
    public PhotoAnalysis {
        if (source == null) {
            throw new IllegalArgumentException("A photo analysis needs its source");
        }
        faces = List.copyOf(faces == null ? List.of() : faces);
        if (error != null && !faces.isEmpty()) {
            throw new IllegalArgumentException("A failed analysis of " + source + " cannot have faces");
        }
    }

    /** A picture that was analysed. */
    public static PhotoAnalysis of(String source, List<AnalyzedFace> faces) {
        return new PhotoAnalysis(source, faces, null);
    }

    /** A picture that could not be analysed. */
    public static PhotoAnalysis failed(String source, Exception error) {
        if (error == null) {
            throw new IllegalArgumentException("A failed analysis of " + source + " needs its error");
        }
        return new PhotoAnalysis(source, List.of(), error);
    }

    /** Whether the picture was analysed (with or without faces). */
    public boolean succeeded() {
        return error == null;
    }

    /** The error, when the picture could not be analysed. */
    public Optional<Exception> failure() {
        return Optional.ofNullable(error);
    }
}
