package org.fer4j.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.core.image.Picture;
import org.junit.jupiter.api.Test;

class TiledFaceDetectorTest {

    /**
     * A stand-in for a selfie-distance detector: reports the bright square of a picture only when it
     * fills at least a fifth of the picture's longer side.
     */
    private static final FaceDetector NEAR_SIGHTED = picture -> {
        byte[] luma = picture.luma();
        int w = picture.width();
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int i = 0; i < luma.length; i++) {
            if ((luma[i] & 0xFF) > 200) {
                minX = Math.min(minX, i % w);
                maxX = Math.max(maxX, i % w);
                minY = Math.min(minY, i / w);
                maxY = Math.max(maxY, i / w);
            }
        }
        if (maxX < 0 || maxX - minX + 1 < 0.2 * Math.max(w, picture.height())) {
            return List.of();
        }
        return List.of(new Detection(new BoundingBox(minX, minY, maxX - minX + 1, maxY - minY + 1), 0.9f));
    };

    private static Picture squaresOn(int width, int height, BoundingBox... squares) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        for (BoundingBox s : squares) {
            g.fillRect((int) s.x(), (int) s.y(), (int) s.width(), (int) s.height());
        }
        g.dispose();
        return Picture.of(image);
    }

    @Test
    void findsASmallFaceTheInnerDetectorMissesOnTheWholePictureOnceOnly() {
        BoundingBox small = new BoundingBox(610, 330, 44, 44);
        Picture picture = squaresOn(1000, 700, small);
        assertThat(NEAR_SIGHTED.detect(picture)).isEmpty();

        List<Detection> found = TiledFaceDetector.builder().setDetector(NEAR_SIGHTED).build().detect(picture);

        assertThat(found).singleElement().satisfies(d -> assertThat(d.box().iou(small)).isGreaterThan(0.9));
    }

    @Test
    void keepsALargeFaceFoundOnTheWholePictureWithoutTileFragments() {
        BoundingBox large = new BoundingBox(300, 150, 400, 400);
        List<Detection> found = TiledFaceDetector.builder().setDetector(NEAR_SIGHTED).build().detect(squaresOn(1000, 700, large));

        assertThat(found).singleElement().satisfies(d -> assertThat(d.box().iou(large)).isGreaterThan(0.95));
    }

    @Test
    void tilesCoverThePictureAtEveryLevelAndStayInside() {
        TiledFaceDetector tiled = TiledFaceDetector.builder().setDetector(NEAR_SIGHTED).build();

        List<TiledFaceDetector.Tile> tiles = tiled.tiles(1000, 700);

        assertThat(tiles.get(0)).isEqualTo(new TiledFaceDetector.Tile(0, 0, 1000, 700));
        assertThat(tiles).allSatisfy(t -> {
            assertThat(t.x()).isBetween(0, 1000 - t.width());
            assertThat(t.y()).isBetween(0, 700 - t.height());
        });
        // The smallest tiles (32 px faces at 0.16 of the tile: 200 px) reach the far corner.
        assertThat(tiles).anySatisfy(t -> {
            assertThat(t.width()).isEqualTo(200);
            assertThat(t.x() + t.width()).isEqualTo(1000);
            assertThat(t.y() + t.height()).isEqualTo(700);
        });
    }

    @Test
    void ownsItsInnerDetectorOnlyWhenAsked() {
        boolean[] closed = new boolean[1];
        FaceDetector inner = new FaceDetector() {
            @Override
            public List<Detection> detect(Picture picture) {
                return List.of();
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        TiledFaceDetector.builder().setDetector(inner).build().close();
        assertThat(closed[0]).isFalse();
        TiledFaceDetector.builder().setDetector(inner).optOwnDetector(true).build().close();
        assertThat(closed[0]).isTrue();
    }

    @Test
    void refusesAMissingDetectorOrSettingsOutOfRange() {
        assertThatThrownBy(() -> TiledFaceDetector.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("setDetector");
        assertThatThrownBy(() -> TiledFaceDetector.builder().setDetector(NEAR_SIGHTED).optTileGrowth(1).build())
                .hasMessageContaining("tile growth");
    }
}
