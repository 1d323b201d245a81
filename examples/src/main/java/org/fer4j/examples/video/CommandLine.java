package org.fer4j.examples.video;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The {@code --name value} and {@code --flag} options of the video examples, unknown names rejected. */
final class CommandLine {

    private final Map<String, String> values = new HashMap<>();

    private CommandLine() {}

    /** Parses {@code args}; {@code flags} take no value, {@code options} take one. */
    static CommandLine parse(String[] args, Set<String> flags, Set<String> options) {
        CommandLine line = new CommandLine();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name != null && flags.contains(name)) {
                line.values.put(name, "true");
            } else if (name != null && options.contains(name) && i + 1 < args.length) {
                line.values.put(name, args[++i]);
            } else if (name != null && options.contains(name)) {
                throw new ExampleExit(ExampleExit.USAGE, "--" + name + " needs a value");
            } else {
                throw new ExampleExit(ExampleExit.USAGE,
                        "Unknown argument '" + args[i] + "'; options: --" + String.join(" VALUE, --", options)
                                + " VALUE, flags: --" + String.join(", --", flags));
            }
        }
        return line;
    }

    /** Whether the flag was given. */
    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** The option's value as a path, or {@code fallback} when absent. */
    Path path(String name, Path fallback) {
        return values.containsKey(name) ? Path.of(values.get(name)) : fallback;
    }

    /** The option's value, or {@code fallback} when absent. */
    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The option's value as a non-negative whole number, or {@code fallback} when absent. */
    long count(String name, long fallback) {
        if (!values.containsKey(name)) {
            return fallback;
        }
        try {
            long value = Long.parseLong(values.get(name));
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ExampleExit(ExampleExit.USAGE, "--" + name + " needs a whole number >= 0, got '" + values.get(name) + "'");
    }
}
