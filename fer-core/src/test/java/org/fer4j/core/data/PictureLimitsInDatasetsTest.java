package org.fer4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.fer4j.core.image.BadPictures;
import org.fer4j.core.image.PictureDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureLimitsInDatasetsTest {

    @TempDir Path dir;

    private void writeGoodBombAndTruncated() {
        GeneratedFiles.grayImage(dir.resolve("happy/good.png"), 48, 48, 100);
        GeneratedFiles.bytes(dir.resolve("happy/bomb.png"), BadPictures.bombPng(20_000, 20_000, 100));
        byte[] jpeg = BadPictures.encode(BadPictures.face(96), "jpg");
        GeneratedFiles.bytes(dir.resolve("sadness/half.jpg"), BadPictures.truncated(jpeg, 0.5));
        GeneratedFiles.grayImage(dir.resolve("sadness/good.png"), 48, 48, 30);
    }

    @Test
    void strictModeRefusesABombNamingTheFile() {
        writeGoodBombAndTruncated();

        assertThatThrownBy(() -> ImageFolderDataset.builder().setRoot(dir).build().prepare())
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("bomb.png")
                .hasMessageContaining("20000x20000")
                .hasMessageContaining("over the limit");
    }

    @Test
    void strictModeRefusesATruncatedJpegNamingTheFile() {
        writeGoodBombAndTruncated();
        PictureDecoder noBombCheck = PictureDecoder.builder().optMaxPixels(Long.MAX_VALUE).build();
        GeneratedFiles.bytes(dir.resolve("happy/bomb.png"), BadPictures.encode(BadPictures.face(48), "png"));

        assertThatThrownBy(() -> ImageFolderDataset.builder().setRoot(dir).optPictureDecoder(noBombCheck).build().prepare())
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("half.jpg")
                .hasMessageContaining("truncated or corrupt JPEG");
    }

    @Test
    void lenientModeKeepsTheGoodPicturesAndNamesEachSkippedOne() throws Exception {
        writeGoodBombAndTruncated();
        ImageFolderDataset dataset = ImageFolderDataset.builder().setRoot(dir).optLenient(true).build();

        dataset.prepare();

        assertThat(dataset.size()).isEqualTo(2);
        assertThat(dataset.loadReport().skipped()).isEqualTo(2);
        assertThat(dataset.loadReport().problems())
                .anySatisfy(p -> assertThat(p).contains("bomb.png").contains("over the limit"))
                .anySatisfy(p -> assertThat(p).contains("half.jpg").contains("truncated"));
    }

    @Test
    void aTighterDecoderAppliesToCkPlusToo() {
        GeneratedFiles.grayImage(dir.resolve("happy/S010_001_00000001.png"), 64, 64, 100);
        PictureDecoder tiny = PictureDecoder.builder().optMaxPixels(48 * 48).build();

        assertThatThrownBy(() -> CkPlusDataset.builder().setRoot(dir).optPictureDecoder(tiny).build().prepare())
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("S010_001_00000001.png")
                .hasMessageContaining("64x64 = 4096 pixels, over the limit of 2304");
    }
}
