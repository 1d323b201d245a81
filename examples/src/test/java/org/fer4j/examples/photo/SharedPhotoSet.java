package org.fer4j.examples.photo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fer4j.core.Emotion;

/** The read-only shared photos ({@code data/photos}); tests skip when they are absent. */
final class SharedPhotoSet {

    private SharedPhotoSet() {}

    /** The photo folder: {@code fer4j.shared.dir}/data/photos, else {@code ../shared/data/photos}. */
    static Path dir() {
        return Path.of(System.getProperty("fer4j.shared.dir", "../shared")).resolve("data/photos");
    }

    /** A file below the photo folder; skips the calling test when it is absent. */
    static Path require(String relative) {
        Path file = dir().resolve(relative);
        assumeTrue(Files.exists(file), "shared photo data " + file + " is absent; skipping");
        return file;
    }

    /** The labelled single-face crops ({@code faces/labels.csv}), file to emotion, in file order. */
    static Map<Path, Emotion> labelledFaces() throws IOException {
        Path faces = require("faces/labels.csv").getParent();
        Map<Path, Emotion> labels = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(faces.resolve("labels.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            labels.put(faces.resolve(f[0]), Emotion.parse(f[1].trim()));
        }
        return labels;
    }

    /** Clear faces per group photo ({@code groups/faces.csv}), file to count. */
    static Map<Path, Integer> clearFacesPerGroupPhoto() throws IOException {
        Path groups = require("groups/faces.csv").getParent();
        Map<Path, Integer> counts = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(groups.resolve("faces.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            counts.merge(groups.resolve(f[0]), f[6].trim().equals("1") ? 1 : 0, Integer::sum);
        }
        return counts;
    }
}
