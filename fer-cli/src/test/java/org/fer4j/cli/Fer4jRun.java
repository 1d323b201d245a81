package org.fer4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One {@code fer4j} run inside the test JVM, with what it printed on stdout and stderr. */
record Fer4jRun(int exitCode, String out, String err) {

    /** Runs the command line as {@code java -jar fer4j.jar args...} would, capturing its output. */
    static Fer4jRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Fer4j.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Fer4jRun(code, out.toString(), err.toString());
    }
}
