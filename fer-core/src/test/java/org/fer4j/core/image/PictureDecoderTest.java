package org.fer4j.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fer4j.core.GrayImage;
import org.fer4j.core.image.BadPictures.CmykStyle;
import org.fer4j.core.preprocess.FacePreprocessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PictureDecoderTest {

    private static final PictureDecoder DECODER = PictureDecoder.defaults();
    private static final FacePreprocessor FACES = new FacePreprocessor();

    @TempDir Path dir;

    private static double mean(GrayImage face) {
        double sum = 0;
        for (float v : face.pixels()) {
            sum += v;
        }
        return sum / face.pixels().length;
    }

    private static double faceMean(BufferedImage image) {
        return mean(FACES.face(image));
    }

    @Test
    void decodesAGoodPngAndJpegFromBytesStreamsAndFiles() throws Exception {
        BufferedImage face = BadPictures.face(96);
        byte[] png = BadPictures.encode(face, "png");
        Path file = Files.write(dir.resolve("face.png"), png);

        assertThat(DECODER.decode(png, "face.png").getRGB(40, 40)).isEqualTo(face.getRGB(40, 40));
        assertThat(DECODER.decode(new ByteArrayInputStream(png), "face.png").getWidth()).isEqualTo(96);
        assertThat(DECODER.decode(file).getHeight()).isEqualTo(96);
        assertThat(faceMean(DECODER.decode(BadPictures.encode(face, "jpg"), "face.jpg")))
                .isCloseTo(faceMean(face), offset(0.01));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nowhere.png");

        assertThatThrownBy(() -> DECODER.decode(missing))
                .isInstanceOf(BadPictureException.class)
                .hasMessage(missing + ": file not found");
    }

    @Test
    void aZeroByteFileIsAnEmptyFile() throws Exception {
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);

        assertThatThrownBy(() -> DECODER.decode(empty))
                .isInstanceOf(BadPictureException.class)
                .hasMessageStartingWith(empty + ": empty file");
        assertThatThrownBy(() -> DECODER.decode(new byte[0], "upload"))
                .hasMessageStartingWith("upload: empty file");
    }

    @Test
    void textAndRandomBytesAreNotPictures() {
        assertThatThrownBy(() -> DECODER.decode(BadPictures.text(), "notes.png"))
                .isInstanceOf(BadPictureException.class)
                .hasMessageStartingWith("notes.png: not an image in a format ImageIO reads");
        assertThatThrownBy(() -> DECODER.decode(BadPictures.randomBytes(7, 4096), "noise.jpg"))
                .hasMessageStartingWith("noise.jpg: not an image");
    }

    @Test
    void aBombIsRefusedFromItsHeaderInMilliseconds() {
        byte[] bomb = BadPictures.bombPng(20_000, 20_000, 2_000);
        long start = System.nanoTime();

        assertThatThrownBy(() -> DECODER.decode(bomb, "bomb.png"))
                .isInstanceOf(BadPictureException.class)
                .hasMessageContaining("bomb.png: the PNG declares 20000x20000 = 400000000 pixels")
                .hasMessageContaining("over the limit of 40000000")
                .hasMessageContaining("optMaxPixels");
        assertThat((System.nanoTime() - start) / 1e6).as("milliseconds to refuse").isLessThan(500);
    }

    @Test
    void thePixelLimitIsSettable() throws Exception {
        byte[] png = BadPictures.encode(BadPictures.face(100), "png");
        PictureDecoder small = PictureDecoder.builder().optMaxPixels(9_999).build();

        assertThatThrownBy(() -> small.decode(png, "p.png")).hasMessageContaining("100x100 = 10000 pixels");
        assertThat(PictureDecoder.builder().optMaxPixels(10_000).build().decode(png, "p.png").getWidth())
                .isEqualTo(100);
    }

    @Test
    void theByteLimitHoldsForFilesBytesAndStreams() throws Exception {
        byte[] png = BadPictures.encode(BadPictures.face(64), "png");
        PictureDecoder small = PictureDecoder.builder().optMaxBytes(png.length - 1).build();
        Path file = Files.write(dir.resolve("big.png"), png);

        assertThatThrownBy(() -> small.decode(file)).hasMessageContaining("big.png: is " + png.length + " bytes, over the limit");
        assertThatThrownBy(() -> small.decode(png, "b")).hasMessageContaining("over the limit of " + (png.length - 1));
        assertThatThrownBy(() -> small.decode(new ByteArrayInputStream(png), "s")).hasMessageStartingWith("s: is over the limit");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 0.5, 0.7, 0.95})
    void aTruncatedJpegIsRefusedNotFilledWithGray(double kept) {
        byte[] jpeg = BadPictures.encode(BadPictures.face(160), "jpg");

        assertThatThrownBy(() -> DECODER.decode(BadPictures.truncated(jpeg, kept), "cut.jpg"))
                .isInstanceOf(BadPictureException.class)
                .hasMessageStartingWith("cut.jpg: truncated or corrupt JPEG");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 0.5, 0.7, 0.95})
    void aTruncatedPngIsRefused(double kept) {
        byte[] png = BadPictures.encode(BadPictures.face(160), "png");

        assertThatThrownBy(() -> DECODER.decode(BadPictures.truncated(png, kept), "cut.png"))
                .isInstanceOf(BadPictureException.class)
                .hasMessageStartingWith("cut.png: ");
    }

    @Test
    void aCauseWithoutAMessageIsNamedByItsClassNeverNull() {
        byte[] png = BadPictures.encode(BadPictures.face(160), "png");

        for (double kept : new double[] {0.05, 0.3, 0.5, 0.7, 0.95}) {
            assertThatThrownBy(() -> DECODER.decode(BadPictures.truncated(png, kept), "cut.png"))
                    .message()
                    .doesNotContain("null");
        }
    }

    @Test
    void onePixelAndOneLinePicturesAreTooSmall() {
        assertThatThrownBy(() -> DECODER.decode(BadPictures.encode(gray8(1, 1), "png"), "dot.png"))
                .hasMessage("dot.png: the PNG is 1x1 pixels, smaller than the minimum of 2x2");
        assertThatThrownBy(() -> DECODER.decode(BadPictures.encode(gray8(40, 1), "png"), "line.png"))
                .hasMessageContaining("40x1 pixels");
    }

    @ParameterizedTest
    @EnumSource(CmykStyle.class)
    void aCmykJpegGivesTheFaceOfItsRgbPicture(CmykStyle style) throws Exception {
        BufferedImage face = BadPictures.face(96);
        double rgbMean = faceMean(DECODER.decode(BadPictures.encode(face, "jpg"), "rgb.jpg"));

        BufferedImage decoded = DECODER.decode(BadPictures.cmykJpeg(face, style), "cmyk.jpg");

        assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(faceMean(decoded)).isCloseTo(rgbMean, offset(0.02));
    }

    @Test
    void grayPicturesOfEightAndSixteenBitsKeepTheirIntensity() throws Exception {
        BufferedImage g8 = gray8(48, 48);
        BufferedImage g16 = new BufferedImage(48, 48, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                g8.getRaster().setSample(x, y, 0, x * 5);
                g16.getRaster().setSample(x, y, 0, x * 5 * 257);
            }
        }

        double m8 = faceMean(DECODER.decode(BadPictures.encode(g8, "png"), "g8.png"));
        double m16 = faceMean(DECODER.decode(BadPictures.encode(g16, "png"), "g16.png"));

        assertThat(m8).isCloseTo(faceMean(g8), offset(1e-6));
        assertThat(m16).isCloseTo(m8, offset(1e-4));
    }

    @Test
    void alphaAndPalettePicturesDecodeToTheirColours() throws Exception {
        BufferedImage face = BadPictures.face(64);
        BufferedImage argb = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        argb.createGraphics().drawImage(face, 0, 0, null);
        byte[] shades = new byte[256];
        for (int i = 0; i < 256; i++) {
            shades[i] = (byte) i;
        }
        BufferedImage indexed = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 256, shades, shades, shades));
        indexed.createGraphics().drawImage(face, 0, 0, null);

        assertThat(faceMean(DECODER.decode(BadPictures.encode(argb, "png"), "a.png")))
                .isCloseTo(faceMean(face), offset(1e-4));
        assertThat(faceMean(DECODER.decode(BadPictures.encode(indexed, "png"), "i.png")))
                .isCloseTo(faceMean(indexed), offset(1e-4));
        assertThat(faceMean(DECODER.decode(BadPictures.encode(indexed, "gif"), "i.gif")))
                .isCloseTo(faceMean(indexed), offset(1e-4));
    }

    @Test
    void sixteenBitRgbWithAlphaDecodes() throws Exception {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                true, false, Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(32, 32);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                raster.setPixel(x, y, new int[] {x * 2000, 30000, 60000 - y * 1000, 65535});
            }
        }
        BufferedImage image = new BufferedImage(model, raster, false, null);

        BufferedImage decoded = DECODER.decode(BadPictures.encode(image, "png"), "rgba16.png");

        assertThat(faceMean(decoded)).isCloseTo(faceMean(image), offset(1e-3));
    }

    @Test
    void limitsAreValidated() {
        assertThatThrownBy(() -> PictureDecoder.builder().optMaxPixels(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPixels");
        assertThatThrownBy(() -> PictureDecoder.builder().optMaxBytes(Long.MAX_VALUE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes");
        assertThatThrownBy(() -> PictureDecoder.builder().optMinSide(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minSide");
        assertThat(PictureDecoder.defaults().maxPixels()).isEqualTo(PictureDecoder.DEFAULT_MAX_PIXELS);
    }

    private static BufferedImage gray8(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    }
}
