package org.fer4j.core.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.GrayImage;
import org.junit.jupiter.api.Test;

class FacePreprocessorTest {

    private static BufferedImage rgb(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static float luma(int r, int g, int b) {
        return (0.299f * r + 0.587f * g + 0.114f * b) / 255f;
    }

    private static void assertAllCloseTo(GrayImage image, float expected) {
        for (float v : image.pixels()) {
            assertThat(v).isCloseTo(expected, offset(1e-4f));
        }
    }

    @Test
    void colourImageBecomesItsBt601Luma() {
        GrayImage gray = FacePreprocessor.toGray(rgb(4, 3, new Color(200, 100, 50)));

        assertThat(gray.width()).isEqualTo(4);
        assertThat(gray.height()).isEqualTo(3);
        assertAllCloseTo(gray, luma(200, 100, 50));
    }

    @Test
    void weighsGreenMostAndBlueLeast() {
        assertAllCloseTo(FacePreprocessor.toGray(rgb(1, 1, Color.RED)), 0.299f);
        assertAllCloseTo(FacePreprocessor.toGray(rgb(1, 1, Color.GREEN)), 0.587f);
        assertAllCloseTo(FacePreprocessor.toGray(rgb(1, 1, Color.BLUE)), 0.114f);
    }

    @Test
    void eightBitGrayKeepsItsStoredIntensities() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, 128);

        GrayImage gray = FacePreprocessor.toGray(image);

        assertThat(gray.get(0, 0)).isEqualTo(128 / 255f);
        assertThat(gray.get(1, 1)).isZero();
    }

    @Test
    void sixteenBitGrayKeepsItsStoredIntensities() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_USHORT_GRAY);
        image.getRaster().setSample(0, 0, 0, 32768);

        assertThat(FacePreprocessor.toGray(image).get(0, 0)).isCloseTo(0.5f, offset(1e-4f));
    }

    @Test
    void grayWithAlphaKeepsItsStoredIntensities() {
        ComponentColorModel model = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false, Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(2, 1);
        raster.setPixel(0, 0, new int[] {64, 255});
        raster.setPixel(1, 0, new int[] {200, 128});
        BufferedImage image = new BufferedImage(model, raster, false, null);

        GrayImage gray = FacePreprocessor.toGray(image);

        assertThat(gray.pixels()).containsExactly(64 / 255f, 200 / 255f);
    }

    @Test
    void paletteImageBecomesTheLumaOfItsColours() {
        IndexColorModel palette = new IndexColorModel(
                8, 2, new byte[] {0, (byte) 200}, new byte[] {0, 100}, new byte[] {0, 50});
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED, palette);
        image.getRaster().setSample(1, 0, 0, 1);

        GrayImage gray = FacePreprocessor.toGray(image);

        assertThat(gray.get(0, 0)).isZero();
        assertThat(gray.get(1, 0)).isCloseTo(luma(200, 100, 50), offset(1e-4f));
    }

    @Test
    void faceIsResizedToTheSide() {
        GrayImage face = new FacePreprocessor().face(rgb(120, 90, new Color(10, 200, 30)));

        assertThat(face.width()).isEqualTo(48);
        assertThat(face.height()).isEqualTo(48);
        assertAllCloseTo(face, luma(10, 200, 30));
        assertThat(new FacePreprocessor(64).face(rgb(10, 10, Color.WHITE)).width()).isEqualTo(64);
    }

    @Test
    void faceOfABoxCropsThenResizes() {
        BufferedImage image = rgb(100, 100, Color.BLACK);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(20, 30, 40, 40);
        g.dispose();

        GrayImage face = new FacePreprocessor(32).face(FacePreprocessor.toGray(image), new BoundingBox(20, 30, 40, 40));

        assertThat(face.width()).isEqualTo(32);
        assertAllCloseTo(face, 1f);
    }

    @Test
    void rejectsANonPositiveSide() {
        assertThatThrownBy(() -> new FacePreprocessor(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("side must be positive");
    }
}
