package org.fer4j.serve;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A minimal Chrome DevTools protocol client for one page target: send a command, wait for its result. */
final class DevTools implements AutoCloseable {

    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final WebSocket socket;

    DevTools(HttpClient http, URI pageSocket) {
        this.socket = http.newWebSocketBuilder().buildAsync(pageSocket, new JsonMessages(this::answer)).join();
    }

    /** Runs {@code method} with {@code params} and returns its {@code result}. */
    JsonObject call(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonObject command = new JsonObject();
        command.addProperty("id", id);
        command.addProperty("method", method);
        command.add("params", params == null ? new JsonObject() : params);
        socket.sendText(command.toString(), true).join();
        JsonObject reply = answer.get(30, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.getAsJsonObject("result");
    }

    /** The value of a JavaScript expression in the page (by value). */
    JsonObject evaluate(String expression) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("expression", expression);
        params.addProperty("returnByValue", true);
        return call("Runtime.evaluate", params).getAsJsonObject("result");
    }

    private void answer(JsonObject message) {
        if (message.has("id")) {
            CompletableFuture<JsonObject> answer = pending.remove(message.get("id").getAsInt());
            if (answer != null) {
                answer.complete(message);
            }
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
