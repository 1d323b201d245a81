package org.fer4j.detect;

import ai.onnxruntime.OrtEnvironment;
import java.awt.image.BufferedImage;
import org.fer4j.core.image.Picture;

/**
 * Run in a fresh JVM by {@link HostOrtEnvironmentTest}: plays a host application that creates its own
 * ONNX Runtime environment, with a global thread pool, before fer4j loads its detector.
 */
public final class HostEnvironmentFirstMain {

    private HostEnvironmentFirstMain() {}

    /** Exits 0 and prints "detected" when the detector loads and runs next to the host's environment. */
    public static void main(String[] args) throws Exception {
        OrtEnvironment host = HostApplication.createEnvironmentWithGlobalThreadPools();
        try (BlazeFaceDetector detector = BlazeFaceDetector.create()) {
            detector.detect(Picture.of(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB)));
            System.out.println("detected, environment shared: " + (OrtEnvironment.getEnvironment() == host));
        }
    }
}
