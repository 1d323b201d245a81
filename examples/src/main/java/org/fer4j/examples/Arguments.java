package org.fer4j.examples;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Parses {@code --name value} and {@code --flag} command-line options for the example programs. */
public final class Arguments {

    private final Map<String, String> values = new HashMap<>();

    private Arguments() {}

    /**
     * Parses arguments, rejecting unknown names.
     *
     * @param args the command line
     * @param flags names that take no value
     * @param options names that take a value
     */
    public static Arguments parse(String[] args, Set<String> flags, Set<String> options) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'; options start with --");
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                parsed.put(name.substring(0, eq), name.substring(eq + 1), flags, options);
            } else if (flags.contains(name)) {
                parsed.values.put(name, "true");
            } else if (options.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                parsed.values.put(name, args[++i]);
            } else {
                throw unknown(name, flags, options);
            }
        }
        return parsed;
    }

    private void put(String name, String value, Set<String> flags, Set<String> options) {
        if (!options.contains(name) && !flags.contains(name)) {
            throw unknown(name, flags, options);
        }
        values.put(name, value);
    }

    private static IllegalArgumentException unknown(String name, Set<String> flags, Set<String> options) {
        return new IllegalArgumentException(
                "Unknown option --" + name + "; known options: " + options + ", flags: " + flags);
    }

    /** Whether a flag was given. */
    public boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    /** An option's value, or {@code fallback} when absent. */
    public String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** Whether an option or flag was given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** An option as an integer, or {@code fallback} when absent. */
    public int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    /** An option as a float, or {@code fallback} when absent. */
    public float decimal(String name, float fallback) {
        return values.containsKey(name) ? Float.parseFloat(values.get(name)) : fallback;
    }

    /** An option as a path, or {@code fallback} when absent. */
    public Path path(String name, Path fallback) {
        return values.containsKey(name) ? Path.of(values.get(name)) : fallback;
    }
}
