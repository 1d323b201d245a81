package org.fer4j.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Limits and server settings refuse bad values, naming them. */
class ServeLimitsTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        ServeLimits limits = ServeLimits.defaults();
        assertThat(limits.maxUploadBytes()).isEqualTo(16L << 20);
        assertThat(limits.maxPixels()).isEqualTo(25_000_000L);
        assertThat(limits.maxFramesPerSecond()).isEqualTo(15.0);
        assertThat(limits.maxClients()).isEqualTo(8);
    }

    @Test
    void outOfRangeLimitsAreRefusedByName() {
        assertThatThrownBy(() -> ServeLimits.builder().optMaxUploadBytes(0).build()).hasMessageContaining("Max upload bytes");
        assertThatThrownBy(() -> ServeLimits.builder().optMaxPixels(1).build()).hasMessageContaining("Max pixels");
        assertThatThrownBy(() -> ServeLimits.builder().optMaxFramesPerSecond(Double.NaN).build()).hasMessageContaining("frames per second");
        assertThatThrownBy(() -> ServeLimits.builder().optMaxClients(0).build()).hasMessageContaining("Max clients");
    }

    @Test
    void anUnknownVariantOrPortIsRefusedBeforeAnythingLoads() {
        assertThatThrownBy(() -> FerServer.builder().optVariant("resnet").build())
                .hasMessageContaining("Unknown model variant 'resnet'").hasMessageContaining("cnn-attention");
        assertThatThrownBy(() -> FerServer.builder().optPort(70000).build()).hasMessageContaining("Port must be in [0, 65535]");
        assertThatThrownBy(() -> FerServer.builder().optBindAddress(" ").build()).hasMessageContaining("bind address");
    }

    @Test
    void theRateLimitAdmitsItsRateAndDropsTheRest() {
        FrameRateLimit limit = new FrameRateLimit(10);
        long t = 0;
        int admitted = 0;
        for (int i = 0; i < 200; i++) {
            admitted += limit.admit(t) ? 1 : 0;
            t += 50_000_000L;
        }
        assertThat(admitted).as("20 frames/s for 10 s at a limit of 10/s (burst 10)").isBetween(100, 111);
    }
}
