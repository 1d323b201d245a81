package org.fer4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version fer4j was built as, read from the {@value #RESOURCE} resource Maven writes at build time. */
public final class Fer4jVersion implements IVersionProvider {

    /** The class-path resource holding {@code version=...}. */
    static final String RESOURCE = "/org/fer4j/cli/version.properties";

    /** The project version, e.g. {@code 0.2.0}. */
    public static String version() {
        try (InputStream in = Fer4jVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The build left out " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** {@inheritDoc} */
    @Override
    public String[] getVersion() {
        return new String[] {"fer4j " + version(), "Java " + System.getProperty("java.version")};
    }
}
