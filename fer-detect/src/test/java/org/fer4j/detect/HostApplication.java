package org.fer4j.detect;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture of the modules on ONNX Runtime (fer-detect, and fer-inference through fer-detect's
 * test jar): plays a host application that made its own process-wide {@link OrtEnvironment} before
 * fer4j, in a fresh JVM since another test of the same JVM may have made one already.
 */
public final class HostApplication {

    private static final int TIMEOUT_SECONDS = 120;

    private HostApplication() {}

    /** Creates the host's environment the way an application might: its own name and global thread pools. */
    public static OrtEnvironment createEnvironmentWithGlobalThreadPools() throws OrtException {
        OrtEnvironment.ThreadingOptions threading = new OrtEnvironment.ThreadingOptions();
        threading.setGlobalIntraOpNumThreads(1);
        threading.setGlobalInterOpNumThreads(1);
        return OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING, "host-app", threading);
    }

    /**
     * Runs {@code main} in a fresh JVM on this test's class path and returns what it printed, after
     * checking that it finished within two minutes with exit code 0.
     */
    public static String runInFreshJvm(Class<?> main) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = File.createTempFile("host-application", ".log");
        try {
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
            assertThat(finished).as("%s finished within %d s; its output:%n%s", main.getSimpleName(), TIMEOUT_SECONDS,
                    output).isTrue();
            assertThat(process.exitValue()).as("%s exit code; its output:%n%s", main.getSimpleName(), output).isZero();
            return output;
        } finally {
            Files.deleteIfExists(log.toPath());
        }
    }
}
