package org.fer4j.core.data;

import ai.djl.util.Progress;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import org.fer4j.core.Clip;
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

    private final Path csv;
    private final Set<Fer2013Usage> usages;
    private final boolean lenient;

    private Fer2013Dataset(Builder builder) {
        super(builder, LabelSet.FER2013);
        this.csv = builder.csv;
        this.usages = builder.usages;
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
        String file = csv.getFileName().toString();
        SkipCounter skips = new SkipCounter(lenient);
        List<LabeledClip> samples = new ArrayList<>();
        Map<Fer2013Usage, Integer> seen = new EnumMap<>(Fer2013Usage.class);
        int row = 0;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(CompressedInput.open(csv), StandardCharsets.UTF_8), 1 << 16)) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw new MalformedDataException(file, "the file is empty; expected a header 'emotion,pixels,Usage'");
            }
            Columns columns = Columns.of(file, header);
            if (columns.usage < 0 && usages.size() != Fer2013Usage.values().length) {
                throw new MalformedDataException(
                        file, "has no Usage column, so it cannot be filtered to " + usages + "; keep all usages");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                String location = file + ", row " + row;
                String[] fields = line.split(",", -1);
                if (fields.length != columns.count) {
                    skips.malformed(location, "expected " + columns.count + " fields, found " + fields.length);
                    continue;
                }
                Fer2013Usage usage = null;
                if (columns.usage >= 0) {
                    usage = Fer2013Usage.fromCsvName(fields[columns.usage]).orElse(null);
                    if (usage == null) {
                        skips.malformed(location, "unknown Usage '" + fields[columns.usage] + "'");
                        continue;
                    }
                    seen.merge(usage, 1, Integer::sum);
                    if (!usages.contains(usage)) {
                        continue;
                    }
                }
                int label = parseLabel(fields[columns.emotion]);
                if (label < 0) {
                    skips.malformed(location, "emotion '" + fields[columns.emotion] + "' is not a class index 0..6");
                    continue;
                }
                byte[] pixels = new byte[PIXELS];
                String problem = parsePixels(fields[columns.pixels], pixels);
                if (problem != null) {
                    skips.malformed(location, problem);
                    continue;
                }
                Clip clip = Clip.still(GrayImage.fromBytes(SIDE, SIDE, pixels));
                samples.add(new LabeledClip(clip, LabelSet.FER2013.get(label), location, ""));
            }
        } catch (EOFException | ZipException e) {
            throw new MalformedDataException(
                    file + ", after row " + row, "the file is truncated or corrupt (" + e.getMessage() + ")", e);
        }
        if (samples.isEmpty()) {
            throw new MalformedDataException(
                    file, "no usable rows for Usage " + usages + " (rows per Usage in the file: " + seen + ")");
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
                return "non-numeric character '" + c + "' in pixel " + (count + 1);
            }
        }
        if (count != PIXELS) {
            return "expected " + PIXELS + " pixel values (48x48), found " + count;
        }
        return null;
    }

    /** Column positions found in the header. */
    private record Columns(int emotion, int pixels, int usage, int count) {

        static Columns of(String file, String header) throws MalformedDataException {
            List<String> names =
                    Arrays.stream(header.split(",", -1))
                            .map(s -> s.trim().replace("\"", "").toLowerCase(Locale.ROOT))
                            .toList();
            int emotion = names.indexOf("emotion");
            int pixels = names.indexOf("pixels");
            if (emotion < 0 || pixels < 0) {
                throw new MalformedDataException(
                        file + ", header",
                        "expected columns 'emotion,pixels,Usage' but found '" + header + "'");
            }
            return new Columns(emotion, pixels, names.indexOf("usage"), names.size());
        }
    }

    /** Builds a {@link Fer2013Dataset}: {@code set*} is required, {@code opt*} has a default. */
    public static final class Builder extends BaseBuilder<Builder> {

        private Path csv;
        private Set<Fer2013Usage> usages = EnumSet.allOf(Fer2013Usage.class);
        private boolean lenient;

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

        /** Skips and counts malformed rows instead of failing on the first (default: strict). */
        public Builder optLenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /** Validates the settings and creates the dataset; call {@code prepare()} to read it. */
        public Fer2013Dataset build() {
            if (csv == null) {
                throw new IllegalStateException("setCsvPath is required");
            }
            if (sampler == null) {
                setSampling(32, false);
            }
            return new Fer2013Dataset(this);
        }
    }
}
