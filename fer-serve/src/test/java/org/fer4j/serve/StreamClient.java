package org.fer4j.serve;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test client of {@code /v1/stream} on Java's HttpClient WebSocket: sends frames, reads replies in order. */
final class StreamClient implements AutoCloseable {

    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final List<JsonObject> changes = new ArrayList<>();
    private final JsonMessages listener = new JsonMessages(messages::add);
    private final WebSocket socket;

    private StreamClient(HttpClient http, URI uri) {
        this.socket = http.newWebSocketBuilder().buildAsync(uri, listener).join();
    }

    /** Connects to the stream of {@code server}. */
    static StreamClient connect(HttpClient http, FerServer server) {
        return new StreamClient(http, URI.create("ws://127.0.0.1:" + server.port() + "/v1/stream"));
    }

    /** Sends one frame (encoded picture bytes). */
    void send(byte[] frame) {
        socket.sendBinary(ByteBuffer.wrap(frame), true).join();
    }

    /** The next reply to a frame (type frame, dropped or error); change messages are kept aside. */
    JsonObject reply(long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            JsonObject message = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("no reply within " + timeoutSeconds + " s");
            }
            if (!message.get("type").getAsString().equals("change")) {
                return message;
            }
            synchronized (changes) {
                changes.add(message);
            }
        }
    }

    /** The change messages seen so far. */
    List<JsonObject> changes() {
        synchronized (changes) {
            return List.copyOf(changes);
        }
    }

    /** The close code the server sent, once it closed the socket. */
    CompletableFuture<Integer> closeCode() {
        return listener.closeCode();
    }

    /** Closes the socket normally. */
    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
