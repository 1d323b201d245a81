package org.fer4j.models.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A child JVM on the test class path running a class's {@code main}, to be killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at a chosen moment: what a crash or {@code kill -9} does.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code main} of a class with arguments, its output going to {@code log}. */
    static ChildJvm start(Class<?> main, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dai.djl.offline=true"));
        // The child computes what the parent compares against: same engine threads (its environment is inherited).
        for (String property : List.of("ai.djl.pytorch.num_threads", "ai.djl.pytorch.num_interop_threads")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildJvm(process, log);
    }

    /**
     * Waits (polling every millisecond, at most {@code timeoutSeconds}) until the condition holds,
     * then kills the child at once; false when the child ended or the time ran out first. The poll
     * sleeps rather than spins so that it does not take a core from the child.
     */
    boolean killWhen(BooleanSupplier condition, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                kill();
                return false;
            }
            Thread.sleep(1);
        }
        boolean alive = process.isAlive();
        kill();
        return alive;
    }

    /** Kills the child (SIGKILL) and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** The exit value of the ended child (non-zero when it was killed). */
    int exitValue() {
        return process.exitValue();
    }

    /** The child's output so far, for assertion messages. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
