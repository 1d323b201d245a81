package org.fer4j.cli;

import org.fer4j.models.ModelSpec;
import org.fer4j.models.zoo.Variant;
import picocli.CommandLine.Option;

/**
 * The architecture options of the commands that build a network ({@code train}, {@code export}): a
 * zoo variant, optionally narrowed or widened per stage, its dropout and the region-sequence head.
 */
public final class NetworkOptions {

    @Option(names = "--variant", defaultValue = "cnn-rnn-augmented",
            description = "Zoo variant: cnn-rnn, cnn-attention, cnn-rnn-augmented or fast.")
    private Variant variant;

    @Option(names = "--channels", split = ",", paramLabel = "CHANNELS",
            description = "CNN channels per stage (default: the variant's).")
    private int[] channels;

    @Option(names = "--dropout", description = "Dropout (default: the variant's).")
    private Float dropout;

    @Option(names = "--region-sequence", description = "The temporal head reads the last feature map row by row.")
    private boolean regionSequence;

    /** The zoo variant named. */
    public Variant variant() {
        return variant;
    }

    /** Whether the temporal head reads feature-map rows. */
    public boolean regionSequence() {
        return regionSequence;
    }

    /** The variant's architecture with the channel, dropout and head options applied. */
    public ModelSpec spec() {
        ModelSpec.Builder spec = variant.spec().toBuilder();
        if (channels != null) {
            spec.optChannels(channels);
        }
        spec.optDropout(dropout != null ? dropout : variant.spec().dropout());
        spec.optRegionSequence(regionSequence);
        return spec.build();
    }
}
