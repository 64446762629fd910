package dev.neam.lsp.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Reads messages like LSP4J's reader, but answers a message that is not JSON ({@code ParseError},
 * -32700) or not a JSON-RPC message ({@code InvalidRequest}, -32600) with an error response, as
 * JSON-RPC asks, instead of only logging it. Either way the server keeps reading.
 */
final class MalformedMessageReplier extends StreamMessageProducer {
    private final MessageConsumer replies;
    private final ServerLog log;

    MalformedMessageReplier(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler,
                            MessageConsumer replies, ServerLog log) {
        super(input, jsonHandler, issueHandler);
        this.replies = replies;
        this.log = log;
    }

    @Override
    protected boolean handleMessage(InputStream input, Headers headers) {
        byte[] content;
        try {
            content = input.readNBytes(headers.contentLength);
        } catch (IOException e) {
            return false; // the stream is gone: stop reading
        }
        Charset charset;
        try {
            charset = Charset.forName(headers.charset);
        } catch (RuntimeException e) {
            charset = StandardCharsets.UTF_8;
        }
        String json = new String(content, charset);
        ResponseMessage error = problem(json);
        if (error != null) {
            log.warn("answered a malformed message with " + error.getError().getMessage());
            replies.consume(error);
            return true;
        }
        return super.handleMessage(new ByteArrayInputStream(content), headers);
    }

    /** The error response for a message that is not a JSON-RPC message; null when it is one. */
    static ResponseMessage problem(String json) {
        JsonElement element;
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            element = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                return error(null, ResponseErrorCode.ParseError, "Parse error: text after the JSON value");
            }
        } catch (RuntimeException | IOException e) {
            return error(null, ResponseErrorCode.ParseError, "Parse error: the message is not valid JSON");
        }
        if (!element.isJsonObject()) {
            return error(null, ResponseErrorCode.InvalidRequest,
                    "Invalid request: a message must be a JSON object (batches are not part of LSP)");
        }
        JsonObject message = element.getAsJsonObject();
        boolean hasMethod = message.has("method") && message.get("method").isJsonPrimitive()
                && message.get("method").getAsJsonPrimitive().isString();
        boolean isResponse = message.has("id") && (message.has("result") || message.has("error"));
        if (!hasMethod && !isResponse) {
            return error(id(message), ResponseErrorCode.InvalidRequest,
                    "Invalid request: a message needs a string 'method' (or, for a response, 'result' or 'error')");
        }
        JsonElement id = message.get("id");
        if (hasMethod && id != null && !id.isJsonNull()
                && !(id.isJsonPrimitive() && (id.getAsJsonPrimitive().isString() || isInt(id)))) {
            return error(null, ResponseErrorCode.InvalidRequest, "Invalid request: 'id' must be a string or an integer");
        }
        return null;
    }

    private static boolean isInt(JsonElement id) {
        if (!id.getAsJsonPrimitive().isNumber()) {
            return false;
        }
        try {
            double d = id.getAsDouble();
            return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Either<String, Number> id(JsonObject message) {
        JsonElement id = message.get("id");
        if (id == null || !id.isJsonPrimitive()) {
            return null;
        }
        if (id.getAsJsonPrimitive().isString()) {
            return Either.forLeft(id.getAsString());
        }
        return isInt(id) ? Either.forRight(id.getAsInt()) : null;
    }

    private static ResponseMessage error(Either<String, Number> id, ResponseErrorCode code, String message) {
        ResponseMessage response = new ResponseMessage();
        response.setJsonrpc("2.0");
        if (id != null) {
            response.setRawId(id);
        }
        response.setError(new ResponseError(code, message, null));
        return response;
    }
}
