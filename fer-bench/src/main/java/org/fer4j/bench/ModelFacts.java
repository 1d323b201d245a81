package org.fer4j.bench;

import org.fer4j.models.ModelSpec;

/**
 * What the report needs to know about a benchmarked model: its architecture (for FLOPs), whether
 * its image path averages with the mirrored face (two forward passes per face), and its provenance.
 *
 * @param name the benchmark parameter value, e.g. {@code default} or {@code cnn-attention}
 * @param spec the architecture
 * @param flipAveraging whether {@code predict} runs the network twice per face
 * @param provenance how the model was obtained, e.g. an untrained fallback
 * @param fallback whether the default model was asked for but an untrained stand-in measured
 */
public record ModelFacts(String name, ModelSpec spec, boolean flipAveraging, String provenance, boolean fallback) {

    /** Floating-point operations of one forward pass over one frame: 2 x multiply-accumulates. */
    public double flopsPerFrame() {
        return 2.0 * spec.macsPerFrame();
    }
}
