package org.fer4j.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetectorException;
import org.fer4j.detect.BlazeFaceDecoder.Letterbox;
import org.junit.jupiter.api.Test;

class BlazeFaceDecoderTest {

    private final BlazeFaceDecoder decoder = new BlazeFaceDecoder(0.5f);

    @Test
    void shortRangeModelHas896Anchors() {
        assertThat(BlazeFaceDecoder.FINE.anchors()).isEqualTo(512);
        assertThat(BlazeFaceDecoder.COARSE.anchors()).isEqualTo(384);
    }

    @Test
    void letterboxCentresAWideFrameVertically() {
        Letterbox box = Letterbox.fit(256, 128);
        assertThat(box.scaledWidth()).isEqualTo(128);
        assertThat(box.scaledHeight()).isEqualTo(64);
        assertThat(box.padX()).isZero();
        assertThat(box.padY()).isEqualTo(32);
        assertThat(box.unscaleX()).isEqualTo(2.0);
    }

    @Test
    void decodesAnchorOffsetAndSizeIntoFramePixels() {
        float[] logits = new float[512];
        float[] regressors = new float[512 * 16];
        java.util.Arrays.fill(logits, -10f);
        // Second anchor of cell (column 3, row 4) of the stride-8 grid: centre (28, 36) in input pixels.
        int anchor = (4 * 16 + 3) * 2 + 1;
        logits[anchor] = 5f;
        regressors[anchor * 16] = 2f;
        regressors[anchor * 16 + 1] = -1f;
        regressors[anchor * 16 + 2] = 20f;
        regressors[anchor * 16 + 3] = 24f;
        List<Detection> out = new ArrayList<>();

        decoder.decode(BlazeFaceDecoder.FINE, logits, regressors, Letterbox.fit(256, 128), out);

        assertThat(out).hasSize(1);
        Detection d = out.get(0);
        // Input box centre (30, 35), size 20x24 -> minus pad (0, 32), times 2.
        assertThat(d.box().x()).isCloseTo(40, within(1e-9));
        assertThat(d.box().y()).isCloseTo(-18, within(1e-9));
        assertThat(d.box().width()).isCloseTo(40, within(1e-9));
        assertThat(d.box().height()).isCloseTo(48, within(1e-9));
        assertThat(d.score()).isCloseTo((float) (1 / (1 + Math.exp(-5))), within(1e-6f));
    }

    @Test
    void coarseHeadUsesSixAnchorsPerCellOnAnEightByEightGrid() {
        float[] logits = new float[384];
        float[] regressors = new float[384 * 16];
        java.util.Arrays.fill(logits, -10f);
        int anchor = (7 * 8 + 7) * 6 + 5; // last anchor: cell (7, 7), centre (120, 120)
        logits[anchor] = 3f;
        regressors[anchor * 16 + 2] = 16f;
        regressors[anchor * 16 + 3] = 16f;
        List<Detection> out = new ArrayList<>();

        decoder.decode(BlazeFaceDecoder.COARSE, logits, regressors, Letterbox.fit(128, 128), out);

        assertThat(out).singleElement().satisfies(d -> {
            assertThat(d.box().x()).isCloseTo(112, within(1e-9));
            assertThat(d.box().y()).isCloseTo(112, within(1e-9));
        });
    }

    @Test
    void dropsAnchorsBelowTheThresholdOrWithEmptyBoxes() {
        float[] logits = new float[512];
        float[] regressors = new float[512 * 16];
        logits[0] = -0.1f; // sigmoid just below 0.5
        logits[1] = 4f; // confident but zero-sized box
        List<Detection> out = new ArrayList<>();
        decoder.decode(BlazeFaceDecoder.FINE, logits, regressors, Letterbox.fit(128, 128), out);
        assertThat(out).isEmpty();
    }

    @Test
    void rejectsOutputsOfTheWrongSize() {
        assertThatThrownBy(() -> decoder.decode(BlazeFaceDecoder.FINE, new float[384], new float[384 * 16], Letterbox.fit(128, 128), new ArrayList<>()))
                .isInstanceOf(FaceDetectorException.class)
                .hasMessageContaining("expects 512 scores");
    }
}
