package dev.neam.lsp.settings;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

/** LSP4J hands untyped params over as Gson trees; anything else is converted once, here. */
final class Json {
    private static final Gson GSON = new Gson();

    private Json() {
    }

    static JsonElement toElement(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonElement e) {
            return e;
        }
        return GSON.toJsonTree(value);
    }
}
