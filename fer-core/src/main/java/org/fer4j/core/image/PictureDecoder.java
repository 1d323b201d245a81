package org.fer4j.core.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.fer4j.core.BadInputException;

/**
 * Decodes pictures (any format ImageIO reads: PNG, JPEG, BMP, GIF, and plug-ins) from files, bytes
 * or streams into Java images, refusing with a {@link BadPictureException} that names the source
 * anything that is not a whole, sane picture: a missing or empty file, a file over the byte limit,
 * bytes that are no image, a picture whose declared size is over the pixel limit (checked from the
 * header, before any pixel memory is allocated), a truncated or corrupt picture (including JPEGs
 * that ImageIO would only warn about and fill with gray), and pictures smaller than the minimum
 * side. CMYK and YCCK JPEGs are converted to RGB. Gray, 16-bit, alpha and palette pictures are
 * returned as decoded; {@code FacePreprocessor} reads all of them.
 *
 * <p>Instances are immutable and thread-safe; every call uses its own ImageIO reader.
 */
public final class PictureDecoder {

    /** The default pixel limit, 40 megapixels (a 16-bit RGBA picture of that size needs 320 MB). */
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    /** The default byte limit for one encoded picture, 128 MiB. */
    public static final long DEFAULT_MAX_BYTES = 128L << 20;

    /** The default smallest accepted width and height, 2 pixels: a 1-pixel line holds no face. */
    public static final int DEFAULT_MIN_SIDE = 2;

    /** The largest byte limit, the largest Java array. */
    public static final long MAX_BYTES_LIMIT = Integer.MAX_VALUE - 8;

    private static final PictureDecoder DEFAULTS = builder().build();

    private final long maxPixels;
    private final long maxBytes;
    private final int minSide;

    private PictureDecoder(Builder builder) {
        this.maxPixels = builder.maxPixels;
        this.maxBytes = builder.maxBytes;
        this.minSide = builder.minSide;
    }

    /** A decoder with the default limits. */
    public static PictureDecoder defaults() {
        return DEFAULTS;
    }

    /** Starts a builder; every setting has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The largest accepted width times height. */
    public long maxPixels() {
        return maxPixels;
    }

    /** The largest accepted encoded size in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The smallest accepted width and height. */
    public int minSide() {
        return minSide;
    }

    /** Decodes a picture file; the exception names the file. */
    public BufferedImage decode(Path file) throws BadPictureException {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            String problem = Files.isDirectory(file) ? "is a directory, not a picture file" : "file not found";
            throw new BadPictureException(source, problem, null);
        }
        try {
            checkByteCount(Files.size(file), source);
            return decode(Files.readAllBytes(file), source);
        } catch (BadPictureException e) {
            throw e;
        } catch (IOException e) {
            throw new BadPictureException(source, "cannot be read (" + BadInputException.describe(e) + ")", e);
        }
    }

    /** Decodes a whole stream (read to its end, not closed); {@code sourceName} names it in errors. */
    public BufferedImage decode(InputStream in, String sourceName) throws BadPictureException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, MAX_BYTES_LIMIT));
        } catch (IOException e) {
            throw new BadPictureException(sourceName, "cannot be read (" + BadInputException.describe(e) + ")", e);
        }
        if (bytes.length > maxBytes) {
            throw new BadPictureException(sourceName, "is over the limit of " + maxBytes
                    + " bytes for one picture (raise it with PictureDecoder.builder().optMaxBytes)", null);
        }
        return decode(bytes, sourceName);
    }

    /** Decodes the encoded picture in {@code bytes}; {@code sourceName} names it in errors. */
    public BufferedImage decode(byte[] bytes, String sourceName) throws BadPictureException {
        checkByteCount(bytes.length, sourceName);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(in, sourceName);
            try {
                return read(reader, in, sourceName);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            if (e instanceof BadPictureException bad) {
                throw bad;
            }
            throw new BadPictureException(sourceName, "cannot be read (" + BadInputException.describe(e) + ")", e);
        }
    }

    private void checkByteCount(long size, String source) throws BadPictureException {
        if (size == 0) {
            throw new BadPictureException(source, "empty file (0 bytes), not a picture", null);
        }
        if (size > maxBytes) {
            throw new BadPictureException(source, "is " + size + " bytes, over the limit of " + maxBytes
                    + " bytes for one picture (raise it with PictureDecoder.builder().optMaxBytes)", null);
        }
    }

    private static ImageReader readerFor(ImageInputStream in, String source) throws BadPictureException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new BadPictureException(source, "not an image in a format ImageIO reads (PNG, JPEG, BMP, GIF)", null);
        }
        return readers.next();
    }

    private BufferedImage read(ImageReader reader, ImageInputStream in, String source) throws BadPictureException {
        String format = formatOf(reader);
        List<String> damage = new ArrayList<>();
        reader.addIIOReadWarningListener((r, warning) -> {
            if (damage.isEmpty() && meansDamage(warning)) {
                damage.add(warning);
            }
        });
        try {
            reader.setInput(in, true, false);
            checkDeclaredSize(reader.getWidth(0), reader.getHeight(0), format, source);
            FourChannelJpeg fourChannel = FourChannelJpeg.of(reader.getImageMetadata(0));
            BufferedImage image =
                    fourChannel != null ? fourChannel.toRgb(reader.readRaster(0, null)) : reader.read(0);
            if (!damage.isEmpty()) {
                throw new BadPictureException(source, "truncated or corrupt " + format + " (" + damage.get(0) + ")", null);
            }
            return image;
        } catch (BadPictureException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BadPictureException(
                    source, "truncated or corrupt " + format + " (" + BadInputException.describe(e) + ")", e);
        }
    }

    private void checkDeclaredSize(int width, int height, String format, String source) throws BadPictureException {
        if (width < minSide || height < minSide) {
            throw new BadPictureException(source, "the " + format + " is " + width + "x" + height
                    + " pixels, smaller than the minimum of " + minSide + "x" + minSide, null);
        }
        long pixels = (long) width * height;
        if (pixels > maxPixels) {
            throw new BadPictureException(source, "the " + format + " declares " + width + "x" + height + " = "
                    + pixels + " pixels, over the limit of " + maxPixels
                    + " (a decompression bomb or a huge scan; raise it with PictureDecoder.builder().optMaxPixels)", null);
        }
    }

    /**
     * Whether an ImageIO read warning means missing or damaged pixels (the JPEG reader only warns on
     * a truncated file and fills the rest with gray), as opposed to a harmless one such as an
     * ignored colour profile or stray bytes between markers.
     */
    private static boolean meansDamage(String warning) {
        String w = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
        if (w.contains("extraneous bytes before marker")) {
            return false;
        }
        return w.contains("truncat") || w.contains("premature end") || w.contains("corrupt jpeg data")
                || w.contains("missing eoi") || w.contains("bad huffman");
    }

    private static String formatOf(ImageReader reader) {
        try {
            return reader.getFormatName().toUpperCase(Locale.ROOT);
        } catch (IOException e) {
            return "picture";
        }
    }

    /** Builds a {@link PictureDecoder}: every {@code opt*} has a default. */
    public static final class Builder {

        private long maxPixels = DEFAULT_MAX_PIXELS;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int minSide = DEFAULT_MIN_SIDE;

        private Builder() {}

        /** The largest accepted width times height (default {@link #DEFAULT_MAX_PIXELS}). */
        public Builder optMaxPixels(long maxPixels) {
            this.maxPixels = maxPixels;
            return this;
        }

        /** The largest accepted encoded size in bytes (default {@link #DEFAULT_MAX_BYTES}). */
        public Builder optMaxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /** The smallest accepted width and height (default {@link #DEFAULT_MIN_SIDE}). */
        public Builder optMinSide(int minSide) {
            this.minSide = minSide;
            return this;
        }

        /** Validates the limits and creates the decoder. */
        public PictureDecoder build() {
            if (maxPixels < 1) {
                throw new IllegalArgumentException("maxPixels must be positive, got " + maxPixels);
            }
            if (maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
                throw new IllegalArgumentException(
                        "maxBytes must be in [1, " + MAX_BYTES_LIMIT + "], got " + maxBytes);
            }
            if (minSide < 1) {
                throw new IllegalArgumentException("minSide must be positive, got " + minSide);
            }
            return new PictureDecoder(this);
        }
    }
}
