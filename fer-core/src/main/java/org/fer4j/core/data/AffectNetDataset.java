package org.fer4j.core.data;

import org.fer4j.core.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fer4j.core.BadInputException;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.Clip;
import org.fer4j.core.Emotion;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;

/**
 * AffectNet in its annotation-CSV layout: columns (found by header name) {@code
 * subDirectory_filePath, face_x, face_y, face_width, face_height, expression} and optionally {@code
 * facial_landmarks, valence, arousal}, which are not used; images under an image root. Each face box
 * is cropped (clipped to the image) and turned into a 48x48 gray face. Expression codes 8 (None),
 * 9 (Uncertain) and 10 (Non-Face) and emotions outside the label set are skipped and counted;
 * anything else malformed fails naming the file and row, or is skipped in lenient mode.
 */
public final class AffectNetDataset extends FaceDataset {

    /** The emotions of AffectNet's expression codes 0..7, by code. */
    private static final List<Emotion> EMOTION_CODES =
            List.of(
                    Emotion.NEUTRAL,
                    Emotion.HAPPY,
                    Emotion.SAD,
                    Emotion.SURPRISE,
                    Emotion.FEAR,
                    Emotion.DISGUST,
                    Emotion.ANGRY,
                    Emotion.CONTEMPT);

    /** Names of the codes that are not emotions, from code 8. */
    private static final List<String> NON_EMOTION_CODES = List.of("None", "Uncertain", "Non-Face");

    private static final String HEADER =
            "subDirectory_filePath,face_x,face_y,face_width,face_height,expression";

    private final Path csv;
    private final Path imageRoot;
    private final boolean lenient;
    private final FaceImageReader reader;

    private AffectNetDataset(Builder builder) {
        super(builder.labelSet == null ? LabelSet.FER2013 : builder.labelSet);
        this.csv = builder.csv;
        this.imageRoot = builder.imageRoot;
        this.lenient = builder.lenient;
        this.reader = builder.faceReader();
    }

    /** Starts a builder; {@link Builder#setCsvPath} and {@link Builder#setImageRoot} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The emotion of an AffectNet expression code: 0 neutral, 1 happy, 2 sad, 3 surprise, 4 fear,
     * 5 disgust, 6 anger, 7 contempt; codes 8..10 (None, Uncertain, Non-Face) and others have none.
     */
    public static Optional<Emotion> emotionOfCode(int code) {
        return code >= 0 && code < EMOTION_CODES.size()
                ? Optional.of(EMOTION_CODES.get(code))
                : Optional.empty();
    }

    @Override
    protected Loaded load(Progress progress) throws IOException {
        LabelSet classes = labelSet();
        SkipCounter skips = new SkipCounter(lenient);
        Path root = imageRoot.toAbsolutePath().normalize();
        List<LabeledClip> samples = new ArrayList<>();
        CsvTable.read(csv, HEADER, skips, table -> {
            Columns columns = Columns.of(table);
            return row -> {
                Emotion emotion = emotionOf(row, columns, classes, skips);
                if (emotion == null) {
                    return;
                }
                BoundingBox box = parseBox(row, columns, skips);
                if (box == null) {
                    return;
                }
                String relative = row.get(columns.path).trim();
                Path image = root.resolve(relative).normalize();
                if (relative.isEmpty() || !image.startsWith(root)) {
                    skips.malformed(row.location(), "image path " + BadInputException.quote(relative)
                            + " does not name a file under " + root);
                    return;
                }
                try {
                    Clip clip = Clip.still(reader.face(image, box));
                    samples.add(new LabeledClip(clip, emotion, row.location() + " (" + relative + ")", ""));
                } catch (MalformedDataException e) {
                    skips.malformed(new MalformedDataException(row.location(), e.getMessage(), e));
                }
            };
        });
        if (samples.isEmpty()) {
            throw new MalformedDataException(
                    csv.getFileName().toString(),
                    "no usable rows for the label set [" + classes + "] (" + skips.report(0) + ")");
        }
        return new Loaded(samples, skips.report(samples.size()));
    }

    /**
     * The emotion of a row, or null when the row is skipped: codes 8..10 and emotions outside the
     * label set are counted, other codes are malformed.
     */
    private static Emotion emotionOf(CsvTable.Row row, Columns columns, LabelSet classes, SkipCounter skips)
            throws MalformedDataException {
        String text = row.get(columns.expression).trim();
        int code = parseCode(text);
        if (code < 0) {
            skips.malformed(
                    row.location(), "expression " + BadInputException.quote(text) + " is not an AffectNet code 0..10");
            return null;
        }
        if (code >= EMOTION_CODES.size()) {
            skips.skip(row.location() + ": expression " + code + " ("
                    + NON_EMOTION_CODES.get(code - EMOTION_CODES.size()) + ") is not an emotion");
            return null;
        }
        Emotion emotion = EMOTION_CODES.get(code);
        if (!classes.contains(emotion)) {
            skips.skip(row.location() + ": " + emotion + " is outside the label set [" + classes + "]");
            return null;
        }
        return emotion;
    }

    /** The code 0..10, or -1 when the text is not one. */
    private static int parseCode(String text) {
        try {
            int code = Integer.parseInt(text);
            return code >= 0 && code < EMOTION_CODES.size() + NON_EMOTION_CODES.size() ? code : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The face box of a row, or null when it is malformed and lenient mode skips it. */
    private static BoundingBox parseBox(CsvTable.Row row, Columns columns, SkipCounter skips)
            throws MalformedDataException {
        double[] v = new double[4];
        int[] at = {columns.x, columns.y, columns.width, columns.height};
        String[] names = {"face_x", "face_y", "face_width", "face_height"};
        for (int i = 0; i < 4; i++) {
            String text = row.get(at[i]).trim();
            try {
                v[i] = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                v[i] = Double.NaN;
            }
            if (!Double.isFinite(v[i])) {
                skips.malformed(row.location(), names[i] + " " + BadInputException.quote(text) + " is not a number");
                return null;
            }
        }
        if (v[2] <= 0 || v[3] <= 0) {
            skips.malformed(row.location(), "face box has size " + v[2] + "x" + v[3] + "; width and height must be positive");
            return null;
        }
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }

    /** Column positions found in the header. */
    private record Columns(int path, int x, int y, int width, int height, int expression) {

        static Columns of(CsvTable table) throws MalformedDataException {
            return new Columns(
                    table.require("subDirectory_filePath"),
                    table.require("face_x"),
                    table.require("face_y"),
                    table.require("face_width"),
                    table.require("face_height"),
                    table.require("expression"));
        }
    }

    /** Builds an {@link AffectNetDataset}: {@code set*} is required, {@code opt*} has a default. */
    public static final class Builder extends PictureBuilder<Builder> {

        private Path csv;
        private Path imageRoot;

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /** The annotation CSV (or CSV.gz), e.g. {@code training.csv} (required). */
        public Builder setCsvPath(Path csv) {
            this.csv = csv;
            return this;
        }

        /** The folder that {@code subDirectory_filePath} is relative to (required). */
        public Builder setImageRoot(Path imageRoot) {
            this.imageRoot = imageRoot;
            return this;
        }

        /** Validates the settings and creates the dataset; call {@code prepare()} to read it. */
        public AffectNetDataset build() {
            if (csv == null) {
                throw new IllegalStateException("setCsvPath is required");
            }
            if (imageRoot == null) {
                throw new IllegalStateException("setImageRoot is required");
            }
            return new AffectNetDataset(this);
        }
    }
}
