package org.fer4j.serve;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Parses the server's JSON replies in tests. */
final class Json {

    private Json() {}

    /** The object of a JSON text. */
    static JsonObject object(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
