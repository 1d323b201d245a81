package org.fer4j.core.data;

import org.fer4j.core.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fer4j.core.BadInputException;
import org.fer4j.core.Clip;
import org.fer4j.core.Emotion;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;

/**
 * FER2013 in its original CSV layout ({@code emotion,pixels,Usage}, one 48x48 face per row as 2,304
 * space-separated 0..255 values), plain or gzip-compressed, filtered to the chosen {@code Usage}
 * splits.
 */
public final class Fer2013Dataset extends FaceDataset {

    /** Side of a FER2013 face in pixels. */
    public static final int SIDE = 48;

    private static final int PIXELS = SIDE * SIDE;

    private static final String HEADER = "emotion,pixels,Usage";

    private final Path csv;
    private final Set<Fer2013Usage> usages;
    private final boolean lenient;

    private Fer2013Dataset(Builder builder) {
        super(builder.labelSet == null ? LabelSet.FER2013 : builder.labelSet);
        this.csv = builder.csv;
        this.usages = Collections.unmodifiableSet(EnumSet.copyOf(builder.usages));
        this.lenient = builder.lenient;
    }

    /** Starts a builder; {@link Builder#setCsvPath} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The splits this dataset keeps. */
    public Set<Fer2013Usage> usages() {
        return usages;
    }

    @Override
    protected Loaded load(Progress progress) throws IOException {
        LabelSet classes = labelSet();
        SkipCounter skips = new SkipCounter(lenient);
        List<LabeledClip> samples = new ArrayList<>();
        Map<Fer2013Usage, Integer> seen = new EnumMap<>(Fer2013Usage.class);
        CsvTable.read(csv, HEADER, skips, table -> {
            int emotionColumn = table.require("emotion");
            int pixelsColumn = table.require("pixels");
            int usageColumn = table.find("usage");
            if (usageColumn < 0 && usages.size() != Fer2013Usage.values().length) {
                throw new MalformedDataException(
                        table.file(), "has no Usage column, so it cannot be filtered to " + usages + "; keep all usages");
            }
            return row -> {
                if (usageColumn >= 0) {
                    Fer2013Usage usage = Fer2013Usage.fromCsvName(row.get(usageColumn)).orElse(null);
                    if (usage == null) {
                        skips.malformed(row.location(), "unknown Usage " + BadInputException.quote(row.get(usageColumn))
                                + "; expected Training, PublicTest or PrivateTest");
                        return;
                    }
                    seen.merge(usage, 1, Integer::sum);
                    if (!usages.contains(usage)) {
                        return;
                    }
                }
                int label = parseLabel(row.get(emotionColumn));
                if (label < 0) {
                    skips.malformed(row.location(), "emotion " + BadInputException.quote(row.get(emotionColumn))
                            + " is not a class index 0..6");
                    return;
                }
                Emotion emotion = LabelSet.FER2013.get(label);
                if (!classes.contains(emotion)) {
                    skips.skip(row.location() + ": " + emotion + " is outside the label set [" + classes + "]");
                    return;
                }
                byte[] pixels = new byte[PIXELS];
                String problem = parsePixels(row.get(pixelsColumn), pixels);
                if (problem != null) {
                    skips.malformed(row.location(), problem);
                    return;
                }
                Clip clip = Clip.still(GrayImage.fromBytes(SIDE, SIDE, pixels));
                samples.add(new LabeledClip(clip, emotion, row.location(), ""));
            };
        });
        if (samples.isEmpty()) {
            throw new MalformedDataException(
                    csv.getFileName().toString(),
                    "no usable rows for Usage " + usages + " (rows per Usage in the file: " + seen + "; "
                            + skips.report(0) + ")");
        }
        return new Loaded(samples, skips.report(samples.size()));
    }

    private static int parseLabel(String field) {
        String s = field.trim();
        if (s.length() != 1 || s.charAt(0) < '0' || s.charAt(0) > '6') {
            return -1;
        }
        return s.charAt(0) - '0';
    }

    /** Parses space-separated 0..255 values into {@code out}; returns the problem or null. */
    private static String parsePixels(String field, byte[] out) {
        int count = 0;
        int value = -1;
        for (int i = 0, n = field.length(); i <= n; i++) {
            char c = i < n ? field.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    return "pixel " + (count + 1) + " exceeds 255";
                }
            } else if (c == ' ' || c == '\t' || c == '"') {
                if (value >= 0) {
                    if (count == PIXELS) {
                        return "more than " + PIXELS + " pixel values";
                    }
                    out[count++] = (byte) value;
                    value = -1;
                }
            } else {
                return "non-numeric character " + BadInputException.quote(String.valueOf(c)) + " in pixel " + (count + 1);
            }
        }
        if (count != PIXELS) {
            return "expected " + PIXELS + " pixel values (48x48), found " + count;
        }
        return null;
    }

    /**
     * Builds a {@link Fer2013Dataset}: {@code set*} is required, {@code opt*} has a default. The
     * label set defaults to {@link LabelSet#FER2013}; with another, rows of emotions outside it are
     * skipped and counted.
     */
    public static final class Builder extends FaceBuilder<Builder> {

        private Path csv;
        private Set<Fer2013Usage> usages = EnumSet.allOf(Fer2013Usage.class);

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /** The CSV or CSV.gz file (required). */
        public Builder setCsvPath(Path csv) {
            this.csv = csv;
            return this;
        }

        /** Keeps only rows of these splits (default: all three). */
        public Builder optUsage(Fer2013Usage first, Fer2013Usage... more) {
            this.usages = EnumSet.of(first, more);
            return this;
        }

        /** Validates the settings and creates the dataset; call {@code prepare()} to read it. */
        public Fer2013Dataset build() {
            if (csv == null) {
                throw new IllegalStateException("setCsvPath is required");
            }
            return new Fer2013Dataset(this);
        }
    }
}
