package org.fer4j.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option of the commands that read FER2013: a FER2013-layout CSV, optionally gzipped. */
public final class Fer2013Option {

    @Option(names = "--data", paramLabel = "CSV", defaultValue = "../shared/data/fer2013/fer2013.csv.gz",
            description = "FER2013-layout CSV, optionally gzipped.")
    private Path data;

    /** The CSV file. */
    public Path path() {
        return data;
    }
}
