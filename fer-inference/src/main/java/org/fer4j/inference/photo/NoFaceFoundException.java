package org.fer4j.inference.photo;

/** A picture held no face although the analyzer was built to require one; names the picture. */
public class NoFaceFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;

    /** The failure for the picture named {@code source}. */
    public NoFaceFoundException(String source, int minFaceSize) {
        super("No face of at least " + minFaceSize + " px found in " + source
                + " (build the FaceAnalyzer with optRequireFace(false) to get an empty list instead)");
        this.source = source;
    }

    /** The picture that held no face. */
    public String source() {
        return source;
    }
}
