package org.fer4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fer4j.inference.OnnxEmotionModel;
import org.fer4j.serve.FerServer;
import org.fer4j.serve.ServeLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fer4j serve [--port 8080] [--bind 127.0.0.1] [--model VARIANT] [limits]}: the HTTP API and the
 * live camera page until the process is stopped (Ctrl-C closes the server cleanly).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Fer4jVersion.class,
        description = "Serve the emotion API (POST /v1/emotions, /v1/stream) and the live camera page at /.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 picks a free one; default ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    private String bind;

    @Option(names = "--model", defaultValue = OnnxEmotionModel.DEFAULT_VARIANT,
            description = "Shipped model: cnn-rnn-augmented, cnn-rnn, cnn-attention (attention maps on the page) or fast; default ${DEFAULT-VALUE}.")
    private String variant;

    @Option(names = "--max-upload-bytes", defaultValue = "16777216", description = "Largest picture or frame in bytes (default ${DEFAULT-VALUE}).")
    private long maxUploadBytes;

    @Option(names = "--max-pixels", defaultValue = "25000000", description = "Largest picture or frame in pixels (default ${DEFAULT-VALUE}).")
    private long maxPixels;

    @Option(names = "--max-fps", defaultValue = "15", description = "Frames per second per stream client (default ${DEFAULT-VALUE}).")
    private double maxFramesPerSecond;

    @Option(names = "--max-clients", defaultValue = "8", description = "Concurrent stream clients (default ${DEFAULT-VALUE}).")
    private int maxClients;

    /** Starts the server and blocks until the process is stopped. */
    @Override
    public Integer call() throws Exception {
        ServeLimits limits = ServeLimits.builder().optMaxUploadBytes(maxUploadBytes).optMaxPixels(maxPixels)
                .optMaxFramesPerSecond(maxFramesPerSecond).optMaxClients(maxClients).build();
        FerServer server = FerServer.builder().optPort(port).optBindAddress(bind).optVariant(variant).optLimits(limits).build();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fer4j-serve-shutdown"));
        server.start();
        PrintWriter out = spec.commandLine().getOut();
        out.println("fer4j serve: " + variant + " model on " + server.uri() + " (page at /, API under /v1/, Ctrl-C stops)");
        out.flush();
        server.awaitStop();
        return 0;
    }
}
