package org.fer4j.cli.report;

import org.fer4j.cli.Fer4jVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fer4j report}: the evaluation reports (tables, charts, JSON and an HTML page), one subcommand each. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Fer4jVersion.class,
        synopsisSubcommandLabel = "REPORT",
        description = "Write an evaluation report: FER2013 evaluation, CK+ cross-validation or the stills comparison.",
        subcommands = {EvaluationReportCommand.class, CkPlusCvCommand.class, StillsTemporalCommand.class})
public final class ReportCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** {@code fer4j report} alone is a usage error: a report is required. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing the report: see fer4j report --help");
    }
}
