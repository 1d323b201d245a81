package org.fer4j.models.train;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fer4j.core.AtomicFile;

/**
 * Crash-safe training checkpoints: weights, optimizer moments and {@link TrainingState} in one file,
 * written to a temporary file, forced to disk and atomically renamed over the previous one, so a
 * run killed at any instant leaves either the old or the new checkpoint, never a torn one.
 */
public final class Checkpoint {

    /** File name of the latest checkpoint in a checkpoint directory. */
    public static final String LAST = "last.ckpt";
    /** File name of the best weights (by validation accuracy) in a checkpoint directory. */
    public static final String BEST = "best.params";

    private static final String MAGIC = "FER4J-CHECKPOINT";
    private static final int VERSION = 1;
    private static final Gson GSON =
            new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private Checkpoint() {}

    /** Writes block, optimizer and state to {@code dir/last.ckpt} atomically. */
    public static void save(Path dir, Block block, ResumableOptimizer optimizer, TrainingState state)
            throws IOException {
        AtomicFile.write(
                dir.resolve(LAST),
                out -> {
                    out.writeUTF(MAGIC);
                    out.writeInt(VERSION);
                    out.writeUTF(GSON.toJson(state));
                    block.saveParameters(out);
                    optimizer.save(out, block);
                });
    }

    /** Writes the block's weights to {@code dir/best.params} atomically. */
    public static void saveBest(Path dir, Block block) throws IOException {
        AtomicFile.write(dir.resolve(BEST), block::saveParameters);
    }

    /**
     * Restores {@code dir/last.ckpt} into block and optimizer if it exists.
     *
     * @return the stored state, or empty when there is no checkpoint yet
     * @throws IOException when the checkpoint exists but is unreadable or from another model/plan
     */
    public static Optional<TrainingState> restore(
            Path dir, Block block, ResumableOptimizer optimizer, NDManager manager, String fingerprint)
            throws IOException {
        Path file = dir.resolve(LAST);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        TrainingState state;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
                throw new IOException(file + " is not a fer4j checkpoint of version " + VERSION);
            }
            state = GSON.fromJson(in.readUTF(), TrainingState.class);
            if (fingerprint.equals(state.fingerprint())) {
                block.loadParameters(manager, in);
                optimizer.load(in, block);
            }
        } catch (MalformedModelException | IOException | RuntimeException e) {
            throw new IOException(file + " is corrupt or truncated (" + e + "); delete it to start over, "
                    + "or restore a backup", e);
        }
        if (!fingerprint.equals(state.fingerprint())) {
            throw new IOException(
                    file + " belongs to another model or plan; use a fresh checkpoint directory.\n  checkpoint: "
                            + state.fingerprint() + "\n  this run:   " + fingerprint);
        }
        return Optional.of(state);
    }

    /** Reads the bookkeeping of {@code dir/last.ckpt} without loading weights, or empty without one. */
    public static Optional<TrainingState> readState(Path dir) throws IOException {
        Path file = dir.resolve(LAST);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
                throw new IOException(file + " is not a fer4j checkpoint of version " + VERSION);
            }
            return Optional.of(GSON.fromJson(in.readUTF(), TrainingState.class));
        } catch (RuntimeException e) {
            throw new IOException(file + " is corrupt: " + e.getMessage(), e);
        }
    }

    /**
     * Loads weights into a block from a weights file ({@link #saveBest}, {@link #saveEpoch} or a
     * block's saveParameters) or from the weights inside a checkpoint ({@link #LAST}).
     */
    public static void loadParameters(Path file, Block block, NDManager manager) throws IOException {
        List<Shape> expected = shapes(block);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            skipCheckpointHeader(in);
            block.loadParameters(manager, in);
        } catch (MalformedModelException | RuntimeException e) {
            throw new IOException(file + " does not match this model: " + e.getMessage(), e);
        }
        List<Shape> loaded = shapes(block);
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i) != null && !expected.get(i).equals(loaded.get(i))) {
                throw new IOException(file + " does not match this model: parameter "
                        + block.getParameters().get(i).getKey() + " is " + loaded.get(i) + " there, " + expected.get(i)
                        + " here (weights of another variant or other channel widths?)");
            }
        }
    }

    /** The shape of each parameter of the block, in order; null for one not initialised yet. */
    private static List<Shape> shapes(Block block) {
        List<Shape> shapes = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            shapes.add(p.getValue().isInitialized() ? p.getValue().getArray().getShape() : null);
        }
        return shapes;
    }

    /** The file name of the weights kept for one epoch by {@link #saveEpoch}. */
    public static String epochFileName(int epoch) {
        return String.format(java.util.Locale.ROOT, "epoch-%02d.params", epoch);
    }

    /** Writes the block's weights after an epoch to {@code dir/epoch-NN.params} atomically. */
    public static void saveEpoch(Path dir, Block block, int epoch) throws IOException {
        AtomicFile.write(dir.resolve(epochFileName(epoch)), block::saveParameters);
    }

    /** Skips magic, version and state when the stream is a checkpoint; leaves a plain weights stream as it was. */
    private static void skipCheckpointHeader(DataInputStream in) throws IOException {
        byte[] magic = MAGIC.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        in.mark(2 + magic.length);
        boolean checkpoint;
        try {
            checkpoint = in.readUnsignedShort() == magic.length
                    && java.util.Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (java.io.EOFException tooShortForAHeader) {
            checkpoint = false;
        }
        in.reset();
        if (checkpoint) {
            in.readUTF();
            in.readInt();
            in.readUTF();
        }
    }
}
