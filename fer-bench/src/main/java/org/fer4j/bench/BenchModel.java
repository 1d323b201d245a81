package org.fer4j.bench;

import java.io.IOException;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.zoo.Variant;

/**
 * A model under benchmark, named as in the benchmarks' {@code model} parameter: {@value #DEFAULT}
 * (the shipped default model, as {@link EmotionRecognizer#pretrained()} gives it) or a zoo
 * variant id such as {@code cnn-attention}, or {@code width-N}: the default architecture with N, 2N,
 * 4N and 8N channels per stage (the default is {@code width-32}), untrained, to see how batch-1
 * latency scales with the network's size, e.g. {@code -p model=width-4,width-8,width-16 -p batch=1}.
 *
 * <p>While the default model is not shipped yet (it may still be training), {@value #DEFAULT}
 * falls back to an untrained network of the default architecture, configured like the shipped one
 * (flip averaging on), and says so in {@link Opened#provenance()}: timing depends on the
 * architecture, not the weights, but results must not pass for the trained model's.
 */
public final class BenchModel {

    /** The parameter value naming the shipped default model. */
    public static final String DEFAULT = "default";

    /** Prefix of the names of scaled default architectures. */
    public static final String WIDTH_PREFIX = "width-";

    private final String name;
    private final ModelSpec untrainedSpec;
    private final String untrainedDescription;

    private BenchModel(String name, ModelSpec untrainedSpec, String untrainedDescription) {
        this.name = name;
        this.untrainedSpec = untrainedSpec;
        this.untrainedDescription = untrainedDescription;
    }

    /** Parses {@value #DEFAULT}, {@code width-N} or a zoo variant id / enum name. */
    public static BenchModel parse(String name) {
        if (DEFAULT.equalsIgnoreCase(name)) {
            return new BenchModel(DEFAULT, null, null);
        }
        if (name.startsWith(WIDTH_PREFIX)) {
            int width;
            try {
                width = Integer.parseInt(name.substring(WIDTH_PREFIX.length()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + name + "' is not width-<channels of the first stage>", e);
            }
            if (width < 1) {
                throw new IllegalArgumentException("'" + name + "': the first stage needs at least one channel");
            }
            ModelSpec spec = ModelSpec.builder().optChannels(width, 2 * width, 4 * width, 8 * width).build();
            return new BenchModel(name, spec, "default architecture at channels " + java.util.Arrays.toString(
                    spec.channels()) + ", untrained weights (timing only)");
        }
        Variant variant = Variant.parse(name);
        return new BenchModel(variant.id(), variant.spec(),
                "zoo variant " + variant.id() + " architecture, untrained weights (timing only)");
    }

    /** The canonical name: {@value #DEFAULT} or the variant id. */
    public String name() {
        return name;
    }

    /** Whether a trained model of this name ships ({@value #DEFAULT} and the zoo variants; not {@code width-N}). */
    public boolean shipped() {
        return !name.startsWith(WIDTH_PREFIX);
    }

    /** The architecture benchmarked. */
    public ModelSpec spec() {
        return untrainedSpec != null ? untrainedSpec : ModelSpec.builder().build();
    }

    /** Opens the model for inference on the CPU. */
    public Opened open() {
        if (untrainedSpec != null) {
            return new Opened(EmotionRecognizer.builder().spec(untrainedSpec).build(), untrainedDescription, false);
        }
        try {
            EmotionRecognizer shipped = EmotionRecognizer.pretrained();
            return new Opened(shipped, "shipped default model '" + shipped.card().name() + "'", false);
        } catch (IOException | RuntimeException e) {
            EmotionRecognizer fallback =
                    EmotionRecognizer.builder().spec(ModelSpec.builder().build()).flipAveraging(true).build();
            return new Opened(fallback, "untrained fallback of the default architecture, flip averaging on "
                    + "(pretrained() failed: " + e.getMessage() + ")", true);
        }
    }

    /** Opens the model just long enough to read what the report needs about it. */
    public ModelFacts facts() {
        try (Opened opened = open()) {
            EmotionRecognizer recognizer = opened.recognizer();
            return new ModelFacts(
                    name, recognizer.spec(), recognizer.flipAveraging(), opened.provenance(), opened.fallback());
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * An opened model and how it was obtained.
     *
     * @param recognizer the recognizer, closed with this
     * @param provenance where it came from, e.g. whether it is the trained default or a fallback
     * @param fallback whether {@value #DEFAULT} was asked for but an untrained stand-in was opened
     */
    public record Opened(EmotionRecognizer recognizer, String provenance, boolean fallback) implements AutoCloseable {
        /** Closes the recognizer. */
        @Override
        public void close() {
            recognizer.close();
        }
    }
}
