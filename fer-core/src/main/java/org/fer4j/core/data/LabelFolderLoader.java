package org.fer4j.core.data;

import org.fer4j.core.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.fer4j.core.Clip;
import org.fer4j.core.Emotion;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;

/**
 * Reads datasets laid out as one folder per emotion ({@code <root>/<label>/<image>}); a
 * {@link Grouping} says how a folder's images form samples (one still per file, or frames of a
 * sequence). Folders that name no emotion are malformed; folders of emotions outside the label set
 * are skipped and counted.
 */
final class LabelFolderLoader {

    /** How one label folder's image files form samples. */
    interface Grouping {

        /**
         * Groups a folder's image files into samples; files that fit no sample are reported to
         * {@code skips} (which throws in strict mode).
         */
        List<SampleFiles> group(Folder folder, SkipCounter skips) throws MalformedDataException;
    }

    /**
     * One label folder.
     *
     * @param name the folder name, e.g. {@code "anger"}
     * @param location the folder as errors and sources name it, e.g. {@code "ckplus48/anger"}
     * @param emotion the emotion the name maps to, if any
     * @param images its image files, sorted by name
     */
    record Folder(String name, String location, Optional<Emotion> emotion, List<Path> images) {}

    /**
     * The files of one sample.
     *
     * @param frames image files in frame order
     * @param source where the sample comes from, for reports
     * @param subject the person shown, or empty
     */
    record SampleFiles(List<Path> frames, String source, String subject) {}

    private static final List<String> EMOTION_LABELS =
            Arrays.stream(Emotion.values()).map(Emotion::label).toList();

    private final Path root;
    private final LabelSet labelSet;
    private final SkipCounter skips;
    private final Grouping grouping;
    private final FaceImageReader reader;

    /**
     * A loader for one read of a folder tree.
     *
     * @param root the folder holding the label folders
     * @param labelSet the classes to keep, or null to infer them with {@link #inferLabelSet}
     * @param lenient whether malformed entries are skipped rather than fatal
     * @param grouping how files form samples
     * @param reader how files become faces
     */
    LabelFolderLoader(Path root, LabelSet labelSet, boolean lenient, Grouping grouping, FaceImageReader reader) {
        this.root = root;
        this.labelSet = labelSet;
        this.skips = new SkipCounter(lenient);
        this.grouping = grouping;
        this.reader = reader;
    }

    /** The label set for the emotions named by folders: FER2013 when it holds them all, else them sorted by label. */
    static LabelSet inferLabelSet(List<Emotion> found) {
        if (LabelSet.FER2013.emotions().containsAll(found)) {
            return LabelSet.FER2013;
        }
        TreeSet<Emotion> sorted = new TreeSet<>(Comparator.comparing(Emotion::label));
        sorted.addAll(found);
        return LabelSet.of(sorted.toArray(Emotion[]::new));
    }

    /** Reads every folder into samples and reports what was kept and skipped. */
    FaceDataset.Loaded load(Progress progress) throws IOException {
        List<Folder> folders = scan();
        LabelSet classes = labelSet != null ? labelSet : inferLabelSet(emotionsOf(folders));
        if (progress != null) {
            progress.reset("Reading " + root, folders.stream().mapToLong(f -> f.images().size()).sum());
        }
        List<LabeledClip> samples = new ArrayList<>();
        for (Folder folder : folders) {
            if (folder.emotion().isEmpty()) {
                skips.malformed(
                        folder.images().size(),
                        folder.location(),
                        "folder name '" + folder.name() + "' is not an emotion label; rename it to one of "
                                + EMOTION_LABELS + " or remove it");
                advance(progress, folder.images().size());
                continue;
            }
            Emotion emotion = folder.emotion().get();
            if (!classes.contains(emotion)) {
                // Count the samples the folder would give; problems inside a skipped folder don't matter.
                int outside = grouping.group(folder, new SkipCounter(true)).size();
                skips.skip(outside, folder.location() + ": " + emotion + " is outside the label set [" + classes + "]");
                advance(progress, folder.images().size());
                continue;
            }
            for (SampleFiles sample : grouping.group(folder, skips)) {
                Clip clip = read(sample);
                if (clip != null) {
                    samples.add(new LabeledClip(clip, emotion, sample.source(), sample.subject()));
                }
                advance(progress, sample.frames().size());
            }
        }
        if (progress != null) {
            progress.end();
        }
        if (samples.isEmpty()) {
            throw new MalformedDataException(
                    root.toString(),
                    "no usable images in the label folders for [" + classes + "] (" + skips.report(0) + ")");
        }
        return new FaceDataset.Loaded(samples, skips.report(samples.size()), classes);
    }

    /** The clip of a sample, or null when one of its frames is malformed and lenient mode skips it. */
    private Clip read(SampleFiles sample) throws MalformedDataException {
        List<GrayImage> frames = new ArrayList<>(sample.frames().size());
        for (Path file : sample.frames()) {
            try {
                frames.add(reader.face(file));
            } catch (MalformedDataException e) {
                skips.malformed(e);
                return null;
            }
        }
        return Clip.of(frames);
    }

    private List<Folder> scan() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new MalformedDataException(
                    root.toString(), "not a directory; expected one folder per emotion label holding images");
        }
        String rootName = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        List<Folder> folders = new ArrayList<>();
        for (Path dir : sortedChildren(root)) {
            String name = dir.getFileName().toString();
            if (!Files.isDirectory(dir) || name.startsWith(".")) {
                continue;
            }
            List<Path> images = sortedChildren(dir).stream().filter(FaceImageReader::isImageFile).toList();
            if (!images.isEmpty()) {
                folders.add(new Folder(name, rootName + "/" + name, Emotion.fromLabel(name), images));
            }
        }
        if (folders.isEmpty()) {
            throw new MalformedDataException(
                    root.toString(),
                    "holds no label folder with images (" + String.join(", ", FaceImageReader.EXTENSIONS) + ")");
        }
        return folders;
    }

    private List<Emotion> emotionsOf(List<Folder> folders) throws MalformedDataException {
        List<Emotion> found = folders.stream().flatMap(f -> f.emotion().stream()).distinct().toList();
        if (found.isEmpty()) {
            throw new MalformedDataException(
                    root.toString(),
                    "no folder is named after an emotion (found " + folders.stream().map(Folder::name).toList()
                            + "; expected names such as " + EMOTION_LABELS + ")");
        }
        return found;
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static void advance(Progress progress, int files) {
        if (progress != null && files > 0) {
            progress.increment(files);
        }
    }
}
