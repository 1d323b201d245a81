package org.fer4j.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --runtime} option of the commands that score faces (a picocli mixin): PyTorch or ONNX Runtime. */
public final class RuntimeOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--runtime", paramLabel = "RUNTIME", defaultValue = "pytorch",
            description = "Inference runtime: ${COMPLETION-CANDIDATES}; with onnx a model is an .onnx file.")
    private RuntimeChoice choice;

    /** The runtime chosen on the command line (default pytorch). */
    public RuntimeChoice choice() {
        return choice;
    }

    /**
     * The chosen runtime's model loader.
     *
     * @throws ParameterException (exit 2) when this build does not have that runtime
     */
    public ModelRuntime runtime() {
        return choice.runtime().orElseThrow(() -> new ParameterException(command.commandLine(),
                "--runtime " + choice + ": " + choice + " runtime not available in this build"));
    }
}
