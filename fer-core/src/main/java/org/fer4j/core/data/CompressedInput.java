package org.fer4j.core.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.fer4j.core.BadInputException;

/** Opens a data file that may be gzip-compressed, recognised by its magic bytes, not its name. */
final class CompressedInput {

    private CompressedInput() {}

    static InputStream open(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such data file");
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            try {
                return new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw new MalformedDataException(
                        path.toString(), "not a readable gzip file: " + BadInputException.describe(e), e);
            }
        }
        return in;
    }
}
