package org.fer4j.core.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seeded random mutations of a fuzz seed corpus (bit flips, byte overwrites, insertions, deletions,
 * truncations, duplicated chunks), for property tests that fuzz a bounded, repeatable number of
 * inputs in every build without Jazzer's instrumentation.
 */
public final class SeededMutations {

    private final List<byte[]> seeds;
    private final Random random;

    private SeededMutations(List<byte[]> seeds, long seed) {
        this.seeds = seeds;
        this.random = new Random(seed);
    }

    /** Mutations of every file in a test-resource folder (an absolute resource path), from a seed. */
    public static SeededMutations ofCorpus(String resourceFolder, long seed) {
        try {
            Path dir = Path.of(SeededMutations.class.getResource(resourceFolder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                List<byte[]> seeds = files.sorted().map(SeededMutations::read).toList();
                return new SeededMutations(seeds, seed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource folder " + resourceFolder, e);
        }
    }

    /** The next mutated input: a random seed with one to four random mutations. */
    public byte[] next() {
        byte[] data = seeds.get(random.nextInt(seeds.size())).clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            data = mutate(data);
        }
        return data;
    }

    private byte[] mutate(byte[] data) {
        if (data.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(data.length);
        switch (random.nextInt(6)) {
            case 0 -> data[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> data[at] = (byte) random.nextInt(256);
            case 2 -> {
                byte[] longer = new byte[data.length + 1];
                System.arraycopy(data, 0, longer, 0, at);
                longer[at] = (byte) random.nextInt(256);
                System.arraycopy(data, at, longer, at + 1, data.length - at);
                return longer;
            }
            case 3 -> {
                byte[] shorter = new byte[data.length - 1];
                System.arraycopy(data, 0, shorter, 0, at);
                System.arraycopy(data, at + 1, shorter, at, data.length - at - 1);
                return shorter;
            }
            case 4 -> {
                return Arrays.copyOf(data, at);
            }
            default -> {
                int length = Math.min(data.length - at, 1 + random.nextInt(64));
                byte[] doubled = Arrays.copyOf(data, data.length + length);
                System.arraycopy(data, at, doubled, at + length, data.length - at);
                return doubled;
            }
        }
        return data;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
