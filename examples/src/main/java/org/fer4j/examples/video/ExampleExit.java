package org.fer4j.examples.video;

/** Ends a video example with a one-line message and an exit code. */
final class ExampleExit extends RuntimeException {

    /** Exit code: the camera or video could not be read. */
    static final int NO_INPUT = 2;

    /** Exit code: no model to run (no trained default model and no --model or --untrained). */
    static final int NO_MODEL = 3;

    /** Exit code: the command line was wrong. */
    static final int USAGE = 64;

    private final int code;

    /** An exit with {@code code}, telling the user {@code message}. */
    ExampleExit(int code, String message) {
        super(message);
        this.code = code;
    }

    /** The process exit code. */
    int code() {
        return code;
    }

    /** Runs an example body; on an {@link ExampleExit} prints its message to stderr and exits with its code. */
    static void guard(Body body) throws Exception {
        try {
            body.run();
        } catch (ExampleExit exit) {
            System.err.println(exit.getMessage());
            System.exit(exit.code());
        }
    }

    /** The body of an example's {@code main}. */
    interface Body {
        /** Runs the example. */
        void run() throws Exception;
    }
}
