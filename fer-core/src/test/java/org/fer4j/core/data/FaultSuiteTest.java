package org.fer4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fer4j.core.data.GeneratedFiles.ferRow;
import static org.fer4j.core.data.GeneratedFiles.uniformPixels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.fer4j.core.image.BadPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault suite: a corpus of bad inputs generated here (zero-byte, truncated at several points,
 * random bytes, bombs, wrong sizes, every FER2013 CSV fault) through every public dataset entry
 * point. Strict loading fails with a {@link MalformedDataException} naming the file or row and
 * quoting at most {@value org.fer4j.core.BadInputException#MAX_QUOTED} characters of input; lenient loading
 * keeps every good item and names every skipped one.
 */
class FaultSuiteTest {

    /** Longest message a single fault may produce: location, problem, a capped quote and a hint. */
    private static final int MAX_MESSAGE = 400;

    private static final String FER_HEADER = "emotion,pixels,Usage";

    @TempDir Path dir;

    /** Every way a FER2013 row can be wrong, with what the message must say. */
    static Stream<Arguments> ferRowFaults() {
        String garbage = garbage(4_554, 3);
        return Stream.of(
                Arguments.of("too few fields", "0," + uniformPixels(1, 2304), "expected 3 fields, found 2"),
                Arguments.of("too many fields", ferRow(0, 1, "Training") + ",extra", "expected 3 fields, found 4"),
                Arguments.of("wrong pixel count", ferRow("0", uniformPixels(9, 100), "Training"), "found 100"),
                Arguments.of("too many pixels", ferRow("0", uniformPixels(9, 2305), "Training"), "more than 2304"),
                Arguments.of("non-numeric pixel", ferRow("0", "abc " + uniformPixels(9, 2303), "Training"), "non-numeric"),
                Arguments.of("pixel above 255", ferRow("0", "256 " + uniformPixels(9, 2303), "Training"), "exceeds 255"),
                Arguments.of("negative pixel", ferRow("0", "-1 " + uniformPixels(9, 2303), "Training"), "non-numeric character '-'"),
                Arguments.of("NaN pixel", ferRow("0", "NaN " + uniformPixels(9, 2303), "Training"), "non-numeric character 'N'"),
                Arguments.of("emotion 7", ferRow("7", uniformPixels(9, 2304), "Training"), "emotion '7' is not a class index"),
                Arguments.of("emotion NaN", ferRow("NaN", uniformPixels(9, 2304), "Training"), "emotion 'NaN'"),
                Arguments.of("empty emotion", ferRow("", uniformPixels(9, 2304), "Training"), "emotion ''"),
                Arguments.of("unknown Usage", ferRow(0, 9, "Validation"), "unknown Usage 'Validation'"),
                Arguments.of("garbage Usage", ferRow("0", uniformPixels(9, 2304), garbage), "unknown Usage '"),
                Arguments.of("garbage emotion", ferRow(garbage, uniformPixels(9, 2304), "Training"), "emotion '"),
                Arguments.of("garbage pixels", ferRow("0", garbage, "Training"), "non-numeric"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ferRowFaults")
    void aBadFer2013RowFailsStrictLoadingNamingItsRowAndIsSkippedLeniently(String fault, String row, String says)
            throws Exception {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"),
                List.of(FER_HEADER, ferRow(0, 10, "Training"), row, ferRow(3, 20, "PublicTest")));

        assertThatThrownBy(() -> Fer2013Dataset.builder().setCsvPath(csv).build().prepare())
                .isInstanceOf(MalformedDataException.class)
                .hasMessageStartingWith("fer.csv, row 2: ")
                .hasMessageContaining(says)
                .satisfies(e -> assertThat(e.getMessage().length()).as(e.getMessage()).isLessThan(MAX_MESSAGE));
        Fer2013Dataset lenient = Fer2013Dataset.builder().setCsvPath(csv).optLenient(true).build();
        lenient.prepare();
        assertThat(lenient.size()).isEqualTo(2);
        assertThat(lenient.loadReport().skipped()).isEqualTo(1);
        assertThat(lenient.loadReport().problems()).singleElement().asString().startsWith("fer.csv, row 2: ");
    }

    @Test
    void aCsvWithoutThePixelsColumnNamesTheHeader() {
        Path csv = GeneratedFiles.text(dir.resolve("fer.csv"), List.of("emotion,Usage", "0,Training"));

        assertThatThrownBy(() -> Fer2013Dataset.builder().setCsvPath(csv).optLenient(true).build().prepare())
                .isInstanceOf(MalformedDataException.class)
                .hasMessageStartingWith("fer.csv, header: missing column 'pixels'");
    }

    @Test
    void aZeroByteOrRandomCsvFailsNamingTheFile() {
        Path empty = GeneratedFiles.bytes(dir.resolve("empty.csv"), new byte[0]);
        Path noise = GeneratedFiles.bytes(dir.resolve("noise.csv"), BadPictures.randomBytes(5, 20_000));

        assertThatThrownBy(() -> Fer2013Dataset.builder().setCsvPath(empty).optLenient(true).build().prepare())
                .hasMessageStartingWith("empty.csv: the file is empty");
        assertThatThrownBy(() -> Fer2013Dataset.builder().setCsvPath(noise).optLenient(true).build().prepare())
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("noise.csv")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(MAX_MESSAGE));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 0.9, 0.999})
    void aTruncatedGzipFailsInBothModesNamingTheLastGoodRowWithoutNull(double kept) throws Exception {
        List<String> lines = new ArrayList<>(List.of(FER_HEADER));
        for (int i = 0; i < 40; i++) {
            lines.add(ferRow(i % 7, (i * 37) % 256, "Training"));
        }
        byte[] gzip = gzip(lines);
        Path cut = GeneratedFiles.bytes(dir.resolve("fer.csv.gz"), Arrays.copyOf(gzip, (int) (gzip.length * kept)));

        for (boolean lenient : new boolean[] {false, true}) {
            assertThatThrownBy(() -> Fer2013Dataset.builder().setCsvPath(cut).optLenient(lenient).build().prepare())
                    .isInstanceOf(MalformedDataException.class)
                    .hasMessageContaining("fer.csv.gz, after row ")
                    .hasMessageContaining("truncated or corrupt")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("null").hasSizeLessThan(MAX_MESSAGE));
        }
    }

    @Test
    void aGzipCutInsideItsTrailerNamesTheCauseByItsClass() throws Exception {
        byte[] gzip = gzip(List.of(FER_HEADER, ferRow(0, 10, "Training")));
        Path cut = GeneratedFiles.bytes(dir.resolve("fer.csv.gz"), Arrays.copyOf(gzip, gzip.length - 2));

        assertThatThrownBy(() -> Fer2013Dataset.builder().setCsvPath(cut).build().prepare())
                .hasMessageContaining("truncated or corrupt (EOFException)");
    }

    @Test
    void aCorruptGzipRowQuotesAtMostEightyCharactersOfItsGarbage() throws Exception {
        byte[] gzip = gzip(List.of(FER_HEADER, ferRow(0, 10, "Training"), ferRow("0", uniformPixels(9, 2304), garbage(4_554, 8))));
        Path csv = GeneratedFiles.bytes(dir.resolve("fer.csv.gz"), gzip);

        assertThatThrownBy(() -> Fer2013Dataset.builder().setCsvPath(csv).build().prepare())
                .hasMessageContaining("fer.csv.gz, row 2: unknown Usage '")
                .hasMessageContaining("... (4554 characters)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE));
    }

    /** Bad picture files, by the name they are stored under, with what the message must say. */
    private static Map<String, byte[]> badPictures() {
        byte[] png = BadPictures.encode(BadPictures.face(96), "png");
        byte[] jpeg = BadPictures.encode(BadPictures.face(96), "jpg");
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("zero.png", new byte[0]);
        bad.put("text.jpg", BadPictures.text());
        bad.put("noise.png", BadPictures.randomBytes(11, 3_000));
        bad.put("bomb.png", BadPictures.bombPng(20_000, 20_000, 50));
        bad.put("dot.png", BadPictures.encode(BadPictures.face(1), "png"));
        for (double kept : new double[] {0.1, 0.5, 0.9}) {
            int percent = (int) (kept * 100);
            bad.put("cut" + percent + ".png", BadPictures.truncated(png, kept));
            bad.put("cut" + percent + ".jpg", BadPictures.truncated(jpeg, kept));
        }
        return bad;
    }

    private static final Map<String, String> SAYS = Map.of(
            "zero.png", "empty file", "text.jpg", "not an image", "noise.png", "not an image",
            "bomb.png", "over the limit", "dot.png", "1x1 pixels");

    private void assertNamesTheFault(String file, String message) {
        assertThat(message).contains(file).hasSizeLessThan(MAX_MESSAGE).doesNotContain("null");
        assertThat(message).contains(SAYS.getOrDefault(file, file.endsWith(".jpg") ? "truncated or corrupt JPEG" : ": "));
    }

    @Test
    void everyBadPictureFailsAStrictImageFolderNamingItAndALenientOneKeepsTheGood() throws Exception {
        Path lenientRoot = dir.resolve("lenient");
        GeneratedFiles.grayImage(lenientRoot.resolve("happy/good1.png"), 48, 48, 100);
        GeneratedFiles.grayImage(lenientRoot.resolve("sadness/good2.png"), 48, 48, 50);
        Map<String, byte[]> bad = badPictures();
        for (Map.Entry<String, byte[]> e : bad.entrySet()) {
            Path root = dir.resolve("strict-" + e.getKey());
            GeneratedFiles.grayImage(root.resolve("happy/good.png"), 48, 48, 100);
            GeneratedFiles.bytes(root.resolve("happy/" + e.getKey()), e.getValue());
            assertThatThrownBy(() -> ImageFolderDataset.builder().setRoot(root).build().prepare())
                    .isInstanceOf(MalformedDataException.class)
                    .satisfies(x -> assertNamesTheFault(e.getKey(), x.getMessage()));
            GeneratedFiles.bytes(lenientRoot.resolve("happy/" + e.getKey()), e.getValue());
        }
        ImageFolderDataset lenient = ImageFolderDataset.builder().setRoot(lenientRoot).optLenient(true).build();
        lenient.prepare();

        assertThat(lenient.size()).isEqualTo(2);
        assertThat(lenient.loadReport().skipped()).isEqualTo(bad.size());
        for (String name : bad.keySet()) {
            assertThat(lenient.loadReport().problems()).anySatisfy(p -> assertNamesTheFault(name, p));
        }
    }

    @Test
    void everyBadPictureFailsAStrictCkPlusNamingItAndALenientOneKeepsTheGoodSequences() throws Exception {
        Path root = dir.resolve("ckplus");
        GeneratedFiles.grayImage(root.resolve("happy/S001_001_00000001.png"), 48, 48, 100);
        GeneratedFiles.grayImage(root.resolve("happy/S001_001_00000002.png"), 48, 48, 110);
        int sequence = 2;
        for (Map.Entry<String, byte[]> e : badPictures().entrySet()) {
            String ext = e.getKey().substring(e.getKey().lastIndexOf('.'));
            GeneratedFiles.bytes(root.resolve(String.format("happy/S002_%03d_00000001%s", sequence++, ext)), e.getValue());
        }

        assertThatThrownBy(() -> CkPlusDataset.builder().setRoot(root).build().prepare())
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("ckplus/happy/S002_002_00000001.png: empty file")
                .satisfies(x -> assertThat(x.getMessage()).hasSizeLessThan(MAX_MESSAGE));
        GeneratedFiles.grayImage(root.resolve("happy/S999999999999999999999_001_00000001.png"), 48, 48, 100);
        assertThatThrownBy(() -> CkPlusDataset.builder().setRoot(root).build().prepare())
                .hasMessageContaining("S999999999999999999999_001_00000001.png: file name does not follow");
        CkPlusDataset lenient = CkPlusDataset.builder().setRoot(root).optLenient(true).build();
        lenient.prepare();
        assertThat(lenient.size()).isEqualTo(1);
        assertThat(lenient.sample(0).clip().length()).isEqualTo(2);
        assertThat(lenient.loadReport().skipped()).isEqualTo(badPictures().size() + 1);
        assertThat(lenient.loadReport().problems())
                .anySatisfy(p -> assertThat(p).contains("S999999999999999999999_001_00000001.png").contains("does not follow"));
    }

    @Test
    void everyBadPictureFailsAStrictAffectNetNamingRowAndFileAndALenientOneKeepsTheGoodRows() throws Exception {
        Path images = dir.resolve("images");
        GeneratedFiles.grayImage(images.resolve("1/good.png"), 64, 64, 100);
        List<String> lines = new ArrayList<>(List.of(
                "subDirectory_filePath,face_x,face_y,face_width,face_height,facial_landmarks,expression,valence,arousal",
                affectRow("1/good.png")));
        Map<String, byte[]> bad = badPictures();
        for (Map.Entry<String, byte[]> e : bad.entrySet()) {
            GeneratedFiles.bytes(images.resolve("2/" + e.getKey()), e.getValue());
            lines.add(affectRow("2/" + e.getKey()));
        }
        lines.add(affectRow("../outside.png"));
        Path csv = GeneratedFiles.text(dir.resolve("training.csv"), lines);

        assertThatThrownBy(() -> AffectNetDataset.builder().setCsvPath(csv).setImageRoot(images).build().prepare())
                .isInstanceOf(MalformedDataException.class)
                .hasMessageStartingWith("training.csv, row 2")
                .satisfies(x -> assertNamesTheFault("zero.png", x.getMessage()));
        AffectNetDataset lenient = AffectNetDataset.builder().setCsvPath(csv).setImageRoot(images).optLenient(true).build();
        lenient.prepare();
        assertThat(lenient.size()).isEqualTo(1);
        assertThat(lenient.loadReport().skipped()).isEqualTo(bad.size() + 1);
        for (String name : bad.keySet()) {
            assertThat(lenient.loadReport().problems()).anySatisfy(p -> assertNamesTheFault(name, p));
        }
    }

    @Test
    void loadingWritesNothingNextToTheData() throws Exception {
        GeneratedFiles.grayImage(dir.resolve("happy/good.png"), 48, 48, 100);
        for (Map.Entry<String, byte[]> e : badPictures().entrySet()) {
            GeneratedFiles.bytes(dir.resolve("happy/" + e.getKey()), e.getValue());
        }
        List<String> before = listing();

        ImageFolderDataset.builder().setRoot(dir).optLenient(true).build().prepare();
        assertThatThrownBy(() -> ImageFolderDataset.builder().setRoot(dir).build().prepare());

        assertThat(listing()).isEqualTo(before);
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p) + ":" + p.toFile().length()).sorted().toList();
        }
    }

    private static String affectRow(String path) {
        return path + ",0,0,40,40,\"1.0;2.0\",1,0.5,-0.2";
    }

    /** Printable and control characters from a seed, like a decompressed corrupt block. */
    private static String garbage(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = (char) (random.nextInt(10) == 0 ? random.nextInt(32) : 33 + random.nextInt(90));
            s.append(c == ',' || c == '"' || c == '\n' || c == '\r' ? 'x' : c);
        }
        return s.toString();
    }

    private static byte[] gzip(List<String> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write((String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
