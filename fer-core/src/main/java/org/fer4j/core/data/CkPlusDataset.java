package org.fer4j.core.data;

import org.fer4j.core.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fer4j.core.LabelSet;

/**
 * The extended Cohn-Kanade (CK+) expression sequences in the common "CK+48" layout: one folder per
 * label ({@code anger, contempt, disgust, fear, happy, sadness, surprise}) holding frames named
 * {@code S<subject>_<sequence>_<frame>.png}. Each sequence becomes one clip of its frames in frame
 * order, with the subject (e.g. {@code "S005"}) recorded for subject-wise splits; in stills mode
 * each frame is its own one-frame sample instead. DJL batches only clips of one length, so give
 * {@link Builder#optFramesPerClip} when sequences differ in length (CK+48 has three frames each).
 */
public final class CkPlusDataset extends FaceDataset {

    private static final Pattern FRAME_NAME =
            Pattern.compile("(S(\\d{1,18}))_(\\d{1,18})_(\\d{1,18})\\.[A-Za-z]+");

    private final Path root;
    private final boolean lenient;
    private final FaceImageReader reader;
    private final int framesPerClip;
    private final boolean stills;

    private CkPlusDataset(Builder builder) {
        super(builder.labelSet == null ? LabelSet.CK_PLUS : builder.labelSet);
        this.root = builder.root;
        this.lenient = builder.lenient;
        this.reader = builder.faceReader();
        this.framesPerClip = builder.framesPerClip;
        this.stills = builder.stills;
    }

    /** Starts a builder; {@link Builder#setRoot} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The frames kept per sequence (its last ones, nearest the peak), or 0 for all. */
    public int framesPerClip() {
        return framesPerClip;
    }

    /** Whether each frame is its own one-frame sample rather than part of its sequence's clip. */
    public boolean isStills() {
        return stills;
    }

    @Override
    protected Loaded load(Progress progress) throws IOException {
        return new LabelFolderLoader(root, labelSet(), lenient, this::group, reader).load(progress);
    }

    /** Groups a label folder's frames into sequences (or stills), in subject and sequence order. */
    private List<LabelFolderLoader.SampleFiles> group(LabelFolderLoader.Folder folder, SkipCounter skips)
            throws MalformedDataException {
        Map<SequenceKey, TreeMap<Long, Path>> sequences = new TreeMap<>();
        for (Path file : folder.images()) {
            String name = file.getFileName().toString();
            Matcher m = FRAME_NAME.matcher(name);
            if (!m.matches()) {
                skips.malformed(
                        folder.location() + "/" + name,
                        "file name does not follow S<subject>_<sequence>_<frame>.png (e.g. S005_001_00000011.png)");
                continue;
            }
            SequenceKey key =
                    new SequenceKey(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), m.group(3));
            long frame = Long.parseLong(m.group(4));
            Path previous = sequences.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(frame, file);
            if (previous != null) {
                skips.malformed(
                        folder.location() + "/" + name,
                        "repeats frame " + m.group(4) + " of sequence " + key + ", already given by "
                                + previous.getFileName());
            }
        }
        List<LabelFolderLoader.SampleFiles> samples = new ArrayList<>();
        for (Map.Entry<SequenceKey, TreeMap<Long, Path>> entry : sequences.entrySet()) {
            SequenceKey key = entry.getKey();
            List<Path> frames = new ArrayList<>(entry.getValue().values());
            String source = folder.location() + "/" + key;
            if (framesPerClip > 0) {
                if (frames.size() < framesPerClip) {
                    skips.skip(source + ": has " + frames.size() + " frames, fewer than framesPerClip " + framesPerClip);
                    continue;
                }
                frames = frames.subList(frames.size() - framesPerClip, frames.size());
            }
            if (stills) {
                for (Path frame : frames) {
                    samples.add(new LabelFolderLoader.SampleFiles(
                            List.of(frame), folder.location() + "/" + frame.getFileName(), key.subject()));
                }
            } else {
                samples.add(new LabelFolderLoader.SampleFiles(List.copyOf(frames), source, key.subject()));
            }
        }
        return samples;
    }

    /** A sequence: subject as written (e.g. "S005") with numbers for ordering. */
    private record SequenceKey(String subject, long subjectNumber, long sequence, String sequenceText)
            implements Comparable<SequenceKey> {

        private static final Comparator<SequenceKey> ORDER =
                Comparator.comparingLong(SequenceKey::subjectNumber)
                        .thenComparing(SequenceKey::subject)
                        .thenComparingLong(SequenceKey::sequence)
                        .thenComparing(SequenceKey::sequenceText);

        @Override
        public int compareTo(SequenceKey other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return subject + "_" + sequenceText;
        }
    }

    /** Builds a {@link CkPlusDataset}: {@code set*} is required, {@code opt*} has a default. */
    public static final class Builder extends PictureBuilder<Builder> {

        private Path root;
        private int framesPerClip;
        private boolean stills;

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /** The folder holding the label folders, e.g. {@code data/ckplus48} (required). */
        public Builder setRoot(Path root) {
            this.root = root;
            return this;
        }

        /**
         * Keeps the last {@code frames} frames of each sequence (those nearest the peak
         * expression); shorter sequences are skipped and counted (default 0: keep all frames).
         */
        public Builder optFramesPerClip(int frames) {
            this.framesPerClip = frames;
            return this;
        }

        /**
         * Makes every kept frame its own one-frame sample with its sequence's label and subject,
         * e.g. to compare a per-frame CNN with a CNN-RNN on the same frames (default: false).
         */
        public Builder optStills(boolean stills) {
            this.stills = stills;
            return this;
        }

        /** Validates the settings and creates the dataset; call {@code prepare()} to read it. */
        public CkPlusDataset build() {
            if (root == null) {
                throw new IllegalStateException("setRoot is required");
            }
            if (framesPerClip < 0) {
                throw new IllegalArgumentException("framesPerClip must be 0 (all) or positive, got " + framesPerClip);
            }
            return new CkPlusDataset(this);
        }
    }
}
