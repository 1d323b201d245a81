package org.fer4j.video.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameraSourceTest {

    @TempDir Path dir;

    @Test
    void missingDeviceGivesClearNoCameraError() {
        String device = dir.resolve("video0").toString();
        assertThatThrownBy(() -> CameraSource.builder().optDevice(device).build())
                .isInstanceOfSatisfying(CameraUnavailableException.class, e -> assertThat(e.source()).isEqualTo(device))
                .hasMessageStartingWith("No camera found at " + device);
    }

    @Test
    void deviceThatIsNotACameraFailsWithCameraErrorNotACrash() throws IOException {
        Path notACamera = Files.writeString(dir.resolve("video7"), "not a v4l2 device");
        assertThatThrownBy(() -> CameraSource.builder().optDevice(notACamera.toString()).build())
                .isInstanceOf(CameraUnavailableException.class)
                .hasMessageContaining("Camera " + notACamera + " could not be opened");
    }

    @Test
    void defaultDeviceEitherOpensOrExplainsThatNoCameraIsThere() {
        if (Files.exists(Path.of(CameraSource.DEFAULT_DEVICE))) {
            // A machine with a camera: opening may work or be refused, but never crashes the JVM.
            try (CameraSource camera = CameraSource.open()) {
                assertThat(camera.description()).isEqualTo(CameraSource.DEFAULT_DEVICE);
            } catch (CameraUnavailableException e) {
                assertThat(e).hasMessageContaining(CameraSource.DEFAULT_DEVICE);
            }
        } else {
            assertThatThrownBy(CameraSource::open)
                    .isInstanceOf(CameraUnavailableException.class)
                    .hasMessageContaining("No camera found at /dev/video0");
        }
    }

    @Test
    void rejectsNonPositiveSizeAndRate() {
        assertThatThrownBy(() -> CameraSource.builder().optImageSize(0, 480)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CameraSource.builder().optFrameRate(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
