package dev.neam.lsp.server;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The top-level members of a JSON-RPC message that decide whether LSP4J may read it: its
 * {@code method}, {@code id}, {@code result} and {@code error}. They are read from the stream and
 * every other value is skipped without being built, so checking a multi-megabyte {@code didOpen}
 * costs a scan, not a second tree of the whole message beside the one LSP4J builds.
 */
record MessageShape(boolean stringMethod, boolean hasId, IdKind idKind, Either<String, Number> id,
                    boolean hasResultOrError) {

    /** What the {@code id} member holds. */
    enum IdKind { NONE, NULL, STRING, INTEGER, OTHER }

    /** The shape of the object {@code reader} is at (the object is consumed, strictly: duplicates keep the last). */
    static MessageShape read(JsonReader reader) throws IOException {
        boolean stringMethod = false;
        IdKind idKind = IdKind.NONE;
        Either<String, Number> id = null;
        boolean hasResultOrError = false;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "method" -> {
                    stringMethod = reader.peek() == JsonToken.STRING;
                    reader.skipValue();
                }
                case "id" -> {
                    JsonToken token = reader.peek();
                    id = null;
                    if (token == JsonToken.NULL) {
                        reader.nextNull();
                        idKind = IdKind.NULL;
                    } else if (token == JsonToken.STRING) {
                        id = Either.forLeft(reader.nextString());
                        idKind = IdKind.STRING;
                    } else if (token == JsonToken.NUMBER) {
                        Integer value = integer(reader.nextString());
                        id = value == null ? null : Either.forRight(value);
                        idKind = value == null ? IdKind.OTHER : IdKind.INTEGER;
                    } else {
                        reader.skipValue();
                        idKind = IdKind.OTHER;
                    }
                }
                case "result", "error" -> {
                    hasResultOrError = true;
                    reader.skipValue();
                }
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        return new MessageShape(stringMethod, idKind != IdKind.NONE, idKind, id, hasResultOrError);
    }

    /** A JSON number that is a whole number within {@code int}, as JSON-RPC ids are; null otherwise. */
    private static Integer integer(String number) {
        try {
            double d = Double.parseDouble(number);
            return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE ? (int) d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
