package org.fer4j.examples.photo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fer4j.core.Emotion;

/**
 * The labels of the read-only shared photos ({@code fer4j.shared.dir}/data/photos, else
 * {@code ../shared/data/photos}); tests skip when they are absent.
 */
final class SharedPhotoSet {

    private SharedPhotoSet() {}

    /** The labelled single-face crops ({@code faces/labels.csv}), file to emotion, in file order. */
    static Map<Path, Emotion> labelledFaces() throws IOException {
        Map<Path, Emotion> labels = new LinkedHashMap<>();
        Path folder = folder("faces");
        for (String[] row : rows(folder.resolve("labels.csv"))) {
            labels.put(folder.resolve(row[0]), Emotion.parse(row[1].trim()));
        }
        return labels;
    }

    /** Clear faces per group photo ({@code groups/faces.csv}), file to count. */
    static Map<Path, Integer> clearFacesPerGroupPhoto() throws IOException {
        Map<Path, Integer> counts = new LinkedHashMap<>();
        Path folder = folder("groups");
        for (String[] row : rows(folder.resolve("faces.csv"))) {
            counts.merge(folder.resolve(row[0]), row[6].trim().equals("1") ? 1 : 0, Integer::sum);
        }
        return counts;
    }

    private static Path folder(String name) {
        Path folder = Path.of(System.getProperty("fer4j.shared.dir", "../shared"), "data", "photos", name);
        assumeTrue(Files.isDirectory(folder), "shared photos " + folder + " are absent; skipping");
        return folder;
    }

    /** The comma-separated rows of a CSV file, without its header. */
    private static List<String[]> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",")).toList();
    }
}
