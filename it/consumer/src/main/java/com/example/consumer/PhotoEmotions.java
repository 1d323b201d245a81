package com.example.consumer;

import java.nio.file.Path;
import java.util.List;
import org.fer4j.inference.photo.AnalyzedFace;
import org.fer4j.inference.photo.FaceAnalyzer;

/** A user's program: the README's photo example, run by the consumer check on a shipped group picture. */
public final class PhotoEmotions {

    private PhotoEmotions() {}

    /**
     * Prints the emotion and box of every face in the picture given as the only argument, with the
     * default model and then with the fast one.
     */
    public static void main(String[] args) throws Exception {
        try (FaceAnalyzer fer = FaceAnalyzer.pretrained()) {
            print(fer, args[0]);
        }
        try (FaceAnalyzer fast = FaceAnalyzer.pretrained("fast")) {
            print(fast, args[0]);
        }
    }

    private static void print(FaceAnalyzer fer, String picture) throws Exception {
        List<AnalyzedFace> faces = fer.analyze(Path.of(picture));
        faces.forEach(face -> System.out.println(face.emotion() + " " + face.box()));
        if (faces.isEmpty()) {
            throw new IllegalStateException("no face found in " + picture + ": the photo API is broken");
        }
    }
}
