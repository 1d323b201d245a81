package org.fer4j.serve;

import com.google.gson.JsonObject;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** A WebSocket listener that joins each text message's parts and hands it on as JSON; records the close code. */
final class JsonMessages implements WebSocket.Listener {

    private final StringBuilder partial = new StringBuilder();
    private final Consumer<JsonObject> sink;
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();

    JsonMessages(Consumer<JsonObject> sink) {
        this.sink = sink;
    }

    /** The close code the other side sent, once it closed. */
    CompletableFuture<Integer> closeCode() {
        return closeCode;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            sink.accept(Json.object(text));
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
    }
}
