package org.fer4j.inference;

import ai.onnxruntime.OrtEnvironment;
import org.fer4j.core.GrayImage;
import org.fer4j.detect.HostApplication;

/**
 * Run in a fresh JVM by {@link OnnxEmotionModelTest}: plays a host application that creates its own
 * ONNX Runtime environment, with global thread pools, before fer4j loads a model; exits 0 when the
 * model then loads and scores.
 */
public final class HostEnvironmentProbe {

    private HostEnvironmentProbe() {}

    /** Creates the host's environment first, then loads and runs fer4j's default model. */
    public static void main(String[] args) throws Exception {
        OrtEnvironment host = HostApplication.createEnvironmentWithGlobalThreadPools();
        try (OnnxEmotionModel fer = OnnxEmotionModel.pretrained()) {
            System.out.println("scored " + fer.predict(GrayImage.of(48, 48, new float[48 * 48])).top()
                    + " beside the host environment " + host);
        }
    }
}
