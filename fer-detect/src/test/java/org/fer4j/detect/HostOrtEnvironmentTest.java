package org.fer4j.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostOrtEnvironmentTest {

    @Test
    void detectorLoadsWhenTheHostApplicationCreatedItsOwnEnvironmentWithThreadPoolsFirst() throws Exception {
        String output = HostApplication.runInFreshJvm(HostEnvironmentFirstMain.class);

        assertThat(output).contains("detected, environment shared: true");
    }
}
