package org.fer4j.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PictureTest {

    @Test
    void lumaIsBt601OfTheColourPixel() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, (200 << 16) | (100 << 8) | 50);

        Picture picture = Picture.of(image);

        assertThat(picture.gray().get(0, 0)).isCloseTo((0.299f * 200 + 0.587f * 100 + 0.114f * 50) / 255f, within(1e-6f));
        assertThat(picture.luma()[0] & 0xFF).isEqualTo(Math.round(0.299f * 200 + 0.587f * 100 + 0.114f * 50));
    }

    @Test
    void bgrFramesAndArgbPicturesOfTheSameColoursGiveTheSameLuma() {
        BufferedImage bgr = new BufferedImage(3, 2, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage argb = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 6; i++) {
            int rgb = (i * 40 << 16) | ((255 - i * 30) << 8) | (i * 17);
            bgr.setRGB(i % 3, i / 3, rgb);
            argb.setRGB(i % 3, i / 3, 0xFF000000 | rgb);
        }
        assertThat(Picture.of(bgr).luma()).containsExactly(Picture.of(argb).luma());
        assertThat(Picture.of(bgr).gray()).isEqualTo(Picture.of(argb).gray());
    }

    @Test
    void sixteenBitGrayKeepsItsStoredIntensity() {
        BufferedImage gray = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY);
        gray.getRaster().setSample(0, 0, 0, 32768);

        assertThat(Picture.of(gray).gray().get(0, 0)).isCloseTo(32768f / 65535f, within(1e-6f));
    }

    @Test
    void cachesTheGrayView() {
        Picture picture = Picture.of(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY));
        assertThat(picture.gray()).isSameAs(picture.gray());
        assertThat(picture.luma()).isSameAs(picture.luma());
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Picture.of(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }
}
