package org.fer4j.serve;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.detect.BlazeFaceDetector;
import org.fer4j.inference.OnnxEmotionModel;
import org.fer4j.inference.photo.FaceAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fer4j HTTP server (Javalin on Jetty): {@code POST /v1/emotions} scores the faces of a picture,
 * {@code GET /v1/health}, {@code GET /v1/model} (the model card), {@code GET /v1/openapi.json}, the
 * WebSocket frame stream {@code /v1/stream} (one {@link StreamSession} per connection) and the live
 * camera page at {@code /}. Bound to loopback by default. Every refusal is a 4xx JSON message; a
 * failing request never stops the server.
 *
 * <pre>{@code
 * try (FerServer server = FerServer.builder().optPort(8080).build().start()) {
 *     server.awaitStop();
 * }
 * }</pre>
 *
 * <p>Ownership: the server closes the model it loaded itself (by variant), its analyzer and detectors;
 * a model passed with {@link Builder#optModel(EmotionModel)} stays the caller's.
 */
public final class FerServer implements AutoCloseable {

    private static final String WEB = "/org/fer4j/serve/web/";
    private static final Logger LOG = LoggerFactory.getLogger(FerServer.class);
    /** How many more upload limits' worth of an over-long body is read and dropped before the 413 is sent. */
    private static final long DRAINED_LIMITS = 4;

    private final String bindAddress;
    private final int requestedPort;
    private final ServeLimits limits;
    private final EmotionModel model;
    private final boolean ownsModel;
    private final String variant;
    private final FaceAnalyzer analyzer;
    private final FaceDetector streamDetector;
    private final Optional<AttentionProbe> attention;
    private final UploadCheck uploads;
    private final Semaphore photoSlots;
    private final ExecutorService streamWorkers;
    private final Map<String, StreamSession> sessions = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object stopped = new Object();
    private Javalin app;

    private FerServer(Builder builder, EmotionModel model, boolean ownsModel) {
        this.bindAddress = builder.bindAddress;
        this.requestedPort = builder.port;
        this.limits = builder.limits;
        this.model = model;
        this.ownsModel = ownsModel;
        this.variant = builder.model != null ? "custom" : builder.variant;
        this.analyzer = FaceAnalyzer.builder().setModel(model).build();
        this.streamDetector = BlazeFaceDetector.create();
        this.attention = AttentionProbe.of(model);
        this.uploads = new UploadCheck(limits);
        this.photoSlots = new Semaphore(limits.maxClients());
        this.streamWorkers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                new WorkerThreads());
    }

    /** A builder: port 8080 on 127.0.0.1, the default shipped model, {@link ServeLimits#defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and starts serving; returns this server. */
    public synchronized FerServer start() {
        if (closed.get()) {
            throw new IllegalStateException("The server is closed; build a new one");
        }
        if (app != null) {
            throw new IllegalStateException("The server is already running on port " + port());
        }
        app = Javalin.create(this::configure).start(bindAddress, requestedPort);
        return this;
    }

    /** The port it listens on (the actual one when built with port 0). */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("The server is not started: call start()");
        }
        return app.port();
    }

    /** {@code http://address:port/}. */
    public URI uri() {
        return URI.create("http://" + bindAddress + ":" + port() + "/");
    }

    /** The limits it enforces. */
    public ServeLimits limits() {
        return limits;
    }

    /** Stream clients connected now. */
    public int streamClients() {
        return sessions.size();
    }

    /** The track ids with an open emotion stream, over every connected client. */
    public int openFaceStreams() {
        return sessions.values().stream().mapToInt(s -> s.openTracks().size()).sum();
    }

    /** Blocks until {@link #close()} is called (e.g. from a shutdown hook). */
    public void awaitStop() throws InterruptedException {
        synchronized (stopped) {
            while (!closed.get()) {
                stopped.wait();
            }
        }
    }

    /** Stops serving, closes every client's face streams, the analyzer, detector and an owned model. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            synchronized (this) {
                if (app != null) {
                    app.stop();
                }
            }
            sessions.values().forEach(StreamSession::close);
            sessions.clear();
            streamWorkers.shutdown();
            awaitWorkers();
        } finally {
            analyzer.close();
            streamDetector.close();
            if (ownsModel) {
                model.close();
            }
            synchronized (stopped) {
                stopped.notifyAll();
            }
        }
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        long slack = 64 << 10;
        config.http.maxRequestSize = limits.maxUploadBytes() + slack;
        config.jetty.multipartConfig.maxFileSize(limits.maxUploadBytes() + slack, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(limits.maxUploadBytes() + slack, SizeUnit.BYTES);
        config.jetty.modifyWebSocketServletFactory(factory -> {
            factory.setMaxBinaryMessageSize(limits.maxUploadBytes());
            factory.setMaxTextMessageSize(64 << 10);
        });
        config.routes.get("/", ctx -> resource(ctx, "index.html", "text/html; charset=utf-8"));
        config.routes.get("/app.js", ctx -> resource(ctx, "app.js", "text/javascript; charset=utf-8"));
        config.routes.get("/v1/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));
        config.routes.get("/v1/health", ctx -> json(ctx, 200, "{\"status\":\"ok\",\"streamClients\":" + sessions.size()
                + ",\"maxClients\":" + limits.maxClients() + "}"));
        config.routes.get("/v1/model", ctx -> json(ctx, 200, ModelDescription.of(model, variant, attention.isPresent())));
        config.routes.post("/v1/emotions", this::emotions);
        config.routes.ws("/v1/stream", this::stream);
        config.routes.exception(ApiException.class, (e, ctx) -> json(ctx, e.status(), e.toJson()));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                json(ctx, e.getStatus(), new ApiException(e.getStatus(), Messages.cap(e.getMessage())
                        + (e.getStatus() == 404 ? " (the endpoints are in /v1/openapi.json)" : "")).toJson()));
        config.routes.exception(Exception.class, (e, ctx) ->
                json(ctx, 500, "{\"status\":500,\"error\":" + FaceJson.string(Messages.cap("internal error: " + e)) + "}"));
    }

    private void emotions(Context ctx) throws InterruptedException, IOException {
        long declared = ctx.contentLength();
        if (declared > limits.maxUploadBytes() + (ctx.isMultipartFormData() ? 64 << 10 : 0)) {
            throw new ApiException(413, "upload is too large: " + declared + " bytes, over the limit of "
                    + limits.maxUploadBytes() + " bytes");
        }
        byte[] bytes = ctx.isMultipartFormData() ? firstFile(ctx) : body(ctx);
        var image = uploads.decode(bytes, "upload");
        if (!photoSlots.tryAcquire(30, TimeUnit.SECONDS)) {
            throw new ApiException(503, "busy: " + limits.maxClients() + " pictures are being scored; try again");
        }
        try {
            json(ctx, 200, "{\"faces\":" + FaceJson.faces(analyzer.analyze(image)) + "}");
        } finally {
            photoSlots.release();
        }
    }

    /**
     * The raw body. A body without a declared length that grows over the limit is a 413 naming it; the
     * rest of such a body is read and dropped first (up to {@value #DRAINED_LIMITS} more limits' worth),
     * because a server that answers and closes while the client is still sending resets the connection,
     * and the client then never reads the answer.
     */
    private byte[] body(Context ctx) throws IOException {
        long limit = limits.maxUploadBytes();
        InputStream in = ctx.req().getInputStream();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
        if (bytes.length > limit) {
            drop(in, DRAINED_LIMITS * limit);
            throw new ApiException(413, "upload is too large: over the limit of " + limit + " bytes");
        }
        return bytes;
    }

    private static void drop(InputStream in, long atMost) throws IOException {
        byte[] sink = new byte[64 << 10];
        long dropped = 0;
        for (int n; dropped < atMost && (n = in.read(sink, 0, (int) Math.min(sink.length, atMost - dropped))) > 0; ) {
            dropped += n;
        }
    }

    /** The first file of a multipart body; a torn or malformed body is a 400 (413 when over the size limit). */
    private byte[] firstFile(Context ctx) {
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (Exception e) { // Jetty's multipart parser also throws undeclared checked exceptions
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String problem = Messages.cap(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
            boolean tooLarge = problem.toLowerCase(Locale.ROOT).contains("exceed")
                    || problem.toLowerCase(Locale.ROOT).contains("too large");
            throw new ApiException(tooLarge ? 413 : 400, tooLarge
                    ? "upload is too large: over the limit of " + limits.maxUploadBytes() + " bytes (" + problem + ")"
                    : "upload is not a readable multipart body: " + problem);
        }
        if (files.isEmpty()) {
            throw new ApiException(400, "upload is empty: the multipart request has no file part");
        }
        try (InputStream in = files.get(0).content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ApiException(400, "upload could not be read: " + Messages.cap(e.getMessage()));
        }
    }

    private void stream(WsConfig ws) {
        ws.onConnect(ctx -> {
            if (sessions.size() >= limits.maxClients()) {
                ctx.closeSession(1013, "over the limit of " + limits.maxClients() + " stream clients; try again later");
                return;
            }
            ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
            String id = ctx.sessionId();
            sessions.put(id, new StreamSession(id, model, streamDetector, limits, attention, streamWorkers,
                    message -> send(ctx, message), () -> sessions.remove(id)));
        });
        ws.onBinaryMessage(ctx -> {
            StreamSession session = sessions.get(ctx.sessionId());
            if (session != null) {
                ByteBuffer data = ctx.data();
                byte[] bytes = new byte[data.remaining()];
                data.get(bytes);
                session.onFrame(bytes, System.nanoTime());
            }
        });
        ws.onMessage(ctx -> send(ctx, "{\"type\":\"error\",\"status\":400,\"error\":"
                + FaceJson.string("send frames as binary messages (JPEG or PNG bytes), not text") + "}"));
        ws.onClose(ctx -> closeSession(ctx.sessionId()));
        ws.onError(ctx -> closeSession(ctx.sessionId()));
    }

    /** Gives a frame whose reply closed its own session the time to finish before the model is closed. */
    private void awaitWorkers() {
        try {
            if (!streamWorkers.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A stream frame was still being scored 10 s after the server closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the client's face streams; the session leaves the client count once they are closed. */
    private void closeSession(String id) {
        StreamSession session = sessions.get(id);
        if (session != null) {
            session.close();
        }
    }

    /** Sends one message, one at a time per socket; a client that has gone is cleaned up by onClose. */
    private static void send(WsContext ctx, String message) {
        synchronized (ctx.session) {
            if (!ctx.session.isOpen()) {
                return;
            }
            try {
                ctx.send(message);
            } catch (RuntimeException gone) {
                LOG.debug("Could not send to stream client {}: {}", ctx.sessionId(), gone.toString());
            }
        }
    }

    private static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json").result(body);
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = FerServer.class.getResourceAsStream(WEB + name)) {
            if (in == null) {
                throw new IOException("the jar has no " + WEB + name);
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    /** Daemon threads named {@code fer4j-stream-N} for the frame workers. */
    private static final class WorkerThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "fer4j-stream-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /** Configures a {@link FerServer}. */
    public static final class Builder {

        private int port = 8080;
        private String bindAddress = "127.0.0.1";
        private String variant = OnnxEmotionModel.DEFAULT_VARIANT;
        private EmotionModel model;
        private ServeLimits limits = ServeLimits.defaults();

        private Builder() {}

        /** The TCP port, in [0, 65535] (0 picks a free one); 8080 by default. */
        public Builder optPort(int port) {
            this.port = port;
            return this;
        }

        /** The address to bind; 127.0.0.1 (loopback only) by default, "0.0.0.0" for every interface. */
        public Builder optBindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        /** Which shipped model scores faces, one of {@link OnnxEmotionModel#VARIANTS}; the default one by default. */
        public Builder optVariant(String variant) {
            this.variant = variant;
            return this;
        }

        /** A model of yours instead of a shipped variant; it stays yours to close. */
        public Builder optModel(EmotionModel model) {
            this.model = model;
            return this;
        }

        /** Upload, frame-rate and client limits; {@link ServeLimits#defaults()} by default. */
        public Builder optLimits(ServeLimits limits) {
            this.limits = limits;
            return this;
        }

        /** Validates the settings and loads the model and detectors (the server is not started yet). */
        public FerServer build() throws IOException {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port must be in [0, 65535], got " + port);
            }
            if (bindAddress == null || bindAddress.isBlank()) {
                throw new IllegalArgumentException("The bind address must not be empty (e.g. 127.0.0.1)");
            }
            if (limits == null) {
                throw new IllegalArgumentException("Limits must not be null: use ServeLimits.defaults()");
            }
            if (model != null) {
                return new FerServer(this, model, false);
            }
            if (!OnnxEmotionModel.VARIANTS.contains(variant)) {
                throw new IllegalArgumentException("Unknown model variant '" + Messages.cap(variant) + "': use one of "
                        + OnnxEmotionModel.VARIANTS);
            }
            OnnxEmotionModel loaded = OnnxEmotionModel.pretrained(variant);
            try {
                return new FerServer(this, loaded, true);
            } catch (RuntimeException e) {
                loaded.close();
                throw e;
            }
        }
    }
}
