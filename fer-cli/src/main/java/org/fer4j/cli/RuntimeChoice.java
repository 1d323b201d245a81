package org.fer4j.cli;

import java.util.Optional;
import java.util.function.Supplier;

/** The {@code --runtime} a command scores on; wiring another runtime is one {@link ModelRuntime} class here. */
public enum RuntimeChoice {
    /** DJL's PyTorch engine (fer-models). */
    PYTORCH(PyTorchRuntime::new),
    /** ONNX Runtime (fer-inference): no PyTorch needed. */
    ONNX(OnnxRuntimeModels::new);

    private final Supplier<ModelRuntime> runtime;

    RuntimeChoice(Supplier<ModelRuntime> runtime) {
        this.runtime = runtime;
    }

    /** The runtime, or empty when this build does not have it. */
    public Optional<ModelRuntime> runtime() {
        return Optional.ofNullable(runtime).map(Supplier::get);
    }

    /** The name on the command line, e.g. {@code pytorch}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
