package org.fer4j.cli;

import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.models.zoo.Variant;
import picocli.CommandLine;

/** The fer4j value types that options take, each parsed by its own {@code parse} (bad values are usage errors). */
final class Conversions {

    private Conversions() {}

    /** Registers the converters on a command line and all its subcommands. */
    static void register(CommandLine line) {
        line.registerConverter(Fer2013Usage.class, Fer2013Usage::parse);
        line.registerConverter(Variant.class, Variant::parse);
    }
}
