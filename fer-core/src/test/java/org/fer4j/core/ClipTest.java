package org.fer4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClipTest {

    private static GrayImage image(int width, int height, float value) {
        float[] pixels = new float[width * height];
        Arrays.fill(pixels, value);
        return GrayImage.of(width, height, pixels);
    }

    @Test
    void rejectsAnEmptyClip() {
        assertThatThrownBy(() -> Clip.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one frame");
        assertThatThrownBy(() -> Clip.of((List<GrayImage>) null)).hasMessageContaining("at least one frame");
    }

    @Test
    void rejectsFramesOfMixedSizesNamingTheFrame() {
        assertThatThrownBy(() -> Clip.of(image(2, 2, 0), image(2, 2, 0), image(3, 2, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Frame 2 is 3x2 but frame 0 is 2x2");
    }

    @Test
    void laysFramesOutAsTimeChannelHeightWidth() {
        Clip clip = Clip.of(image(2, 1, 0.25f), image(2, 1, 0.75f));

        assertThat(clip.length()).isEqualTo(2);
        assertThat(clip.width()).isEqualTo(2);
        assertThat(clip.height()).isEqualTo(1);
        assertThat(clip.toTensorData()).containsExactly(0.25f, 0.25f, 0.75f, 0.75f);
    }

    @Test
    void aStillIsAOneFrameClip() {
        Clip still = Clip.still(image(3, 3, 0.5f));

        assertThat(still.length()).isEqualTo(1);
        assertThat(still.frame(0)).isEqualTo(image(3, 3, 0.5f));
    }

    @Test
    void isNotChangedThroughTheListItWasMadeFrom() {
        List<GrayImage> frames = new ArrayList<>(List.of(image(2, 2, 0f)));
        Clip clip = Clip.of(frames);

        frames.add(image(2, 2, 1f));

        assertThat(clip.length()).isEqualTo(1);
        assertThatThrownBy(() -> clip.frames().add(image(2, 2, 1f))).isInstanceOf(UnsupportedOperationException.class);
    }
}
