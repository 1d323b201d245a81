package org.fer4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a command that failed while running as one line on stderr, {@code fer4j <command>: <what went
 * wrong>}, with its causes, and exits with 1. Usage errors are picocli's (exit 2) and never come here.
 */
final class FailureReport implements IExecutionExceptionHandler {

    /** The exit code of a run in which some input failed. */
    static final int FAILED = 1;

    /** {@inheritDoc} */
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + describe(e));
        command.getErr().flush();
        return FAILED;
    }

    /** The exception's message followed by its causes' messages that add something. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(message(e));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String more = message(cause);
            if (!text.toString().contains(more)) {
                text.append(" (caused by ").append(more).append(')');
            }
        }
        return text.toString();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
