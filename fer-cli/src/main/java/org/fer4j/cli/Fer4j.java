package org.fer4j.cli;

import org.fer4j.cli.report.ReportCommand;
import org.fer4j.cli.video.CameraCommand;
import org.fer4j.cli.video.VideoCommand;
import org.fer4j.inference.photo.FaceAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code fer4j} command: facial emotion recognition from the command line. Exit codes: 0 when every
 * input was done, 1 when some failed (each named on stderr), 2 on a usage error.
 */
@Command(
        name = "fer4j",
        mixinStandardHelpOptions = true,
        versionProvider = Fer4jVersion.class,
        description = "Facial emotion recognition on the JVM: score, evaluate, train, export and report models.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was done", "1:some input failed (each named on stderr)", "2:usage error"},
        subcommands = {
            EvaluateCommand.class,
            VideoCommand.class,
            CameraCommand.class,
            TrainCommand.class,
            ExportCommand.class,
            ReportCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Fer4j implements Runnable {

    @Spec
    private CommandSpec spec;

    /**
     * Runs the command line and exits with its code. DJL stays offline (no model hub, native download or
     * cloud probe) unless {@code -Dai.djl.offline=false} says otherwise, and logs warnings only (no CUDA
     * probe noise) unless {@code -Dorg.slf4j.simpleLogger.defaultLogLevel} says otherwise, except fer4j's own
     * progress lines (a training run's epochs and steps) at info.
     */
    public static void main(String[] args) {
        defaultProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        defaultProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
        defaultProperty("org.slf4j.simpleLogger.log.org.fer4j", "info");
        defaultProperty("ai.djl.offline", "true");
        defaultProperty("offline", "true");
        defaultProperty("ai.djl.pytorch.graph_optimizer", "false");
        System.exit(execute(args));
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    /** Runs the command line and returns its exit code (0 done, 1 some input failed, 2 usage error). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line: fer4j's converters, one-line errors and exit codes. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Fer4j());
        line.addSubcommand("detect", new DetectCommand(FaceAnalyzer::pretrained));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler(new FailureReport());
        Conversions.register(line);
        return line;
    }

    /** {@code fer4j} alone is a usage error: a command is required. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing the command: see fer4j --help");
    }
}
