package dev.neam.lsp.server;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Reads the client's messages: frames from {@link FrameReader} (which finds its way back after a
 * broken frame), decoded with the charset the header names (UTF-8 when it names one Java does not
 * know), checked, and handed to LSP4J. Whatever cannot be handled is answered, never dropped:
 * a message that is not JSON ({@code ParseError}, -32700), not a JSON-RPC request
 * ({@code InvalidRequest}, -32600), or a request with a {@code null} id, gets an error response
 * naming its id when one can be found, as JSON-RPC asks. Either way the server keeps reading.
 */
final class ProtocolReader implements MessageProducer, Closeable {
    private final FrameReader frames;
    private final MessageJsonHandler jsonHandler;
    private final MessageIssueHandler issueHandler;
    private final MessageConsumer replies;
    private final ServerLog log;
    private volatile boolean keepRunning = true;
    private boolean warmedUp;

    ProtocolReader(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler,
                   MessageConsumer replies, ServerLog log) {
        this.frames = new FrameReader(input);
        this.jsonHandler = jsonHandler;
        this.issueHandler = issueHandler;
        this.replies = replies;
        this.log = log;
    }

    @Override
    public void listen(MessageConsumer consumer) {
        try {
            FrameReader.Frame frame;
            while (keepRunning && (frame = frames.next()) != null) {
                handle(frame, consumer);
            }
        } catch (IOException e) {
            if (keepRunning) {
                log.warn("reading from the client failed: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        keepRunning = false;
    }

    private void handle(FrameReader.Frame frame, MessageConsumer consumer) {
        String json = new String(frame.body(), charset(frame.charset()));
        if (frame.problem() != null) {
            reply(error(MessageIds.find(json), ResponseErrorCode.ParseError, "Parse error: " + frame.problem()));
            return;
        }
        LargeDocumentTexts.Extracted extracted = LargeDocumentTexts.extract(json);
        String readable = extracted == null ? json : extracted.json();
        ResponseMessage error = problem(readable);
        if (error != null) {
            reply(error);
            return;
        }
        try {
            Message message = jsonHandler.parseMessage(readable);
            if (extracted != null && !LargeDocumentTexts.restore(message, extracted.texts())) {
                message = jsonHandler.parseMessage(json); // a text stood where it was not expected: read it all
            }
            consumer.consume(message);
            if (!warmedUp && message instanceof NotificationMessage notification
                    && "initialized".equals(notification.getMethod())) {
                warmedUp = true;
                LargeMessageWarmUp.start(jsonHandler, log);
            }
        } catch (MessageIssueException e) {
            issueHandler.handle(e.getRpcMessage(), e.getIssues());
        } catch (RuntimeException e) { // LSP4J could not read it after all (a type it cannot map…)
            reply(error(MessageIds.find(json), ResponseErrorCode.ParseError, "Parse error: " + e.getMessage()));
        }
    }

    private void reply(ResponseMessage error) {
        log.warn("answered a malformed message with " + error.getError().getMessage());
        replies.consume(error);
    }

    private Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            log.warn("unknown charset '" + name + "' in a Content-Type header: reading the message as UTF-8");
            return StandardCharsets.UTF_8;
        }
    }

    /** The error response for a message that is not a JSON-RPC message; null when it is one. */
    static ResponseMessage problem(String json) {
        MessageShape shape = null;
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            if (reader.peek() == JsonToken.BEGIN_OBJECT) {
                shape = MessageShape.read(reader);
            } else {
                reader.skipValue();
            }
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return error(null, ResponseErrorCode.ParseError, "Parse error: text after the JSON value");
            }
        } catch (RuntimeException | IOException e) {
            return error(MessageIds.find(json), ResponseErrorCode.ParseError, "Parse error: the message is not valid JSON");
        }
        if (shape == null) {
            return error(null, ResponseErrorCode.InvalidRequest,
                    "Invalid request: a message must be a JSON object (batches are not part of LSP)");
        }
        boolean isResponse = shape.hasId() && shape.hasResultOrError();
        if (!shape.stringMethod() && !isResponse) {
            return error(shape.id(), ResponseErrorCode.InvalidRequest,
                    "Invalid request: a message needs a string 'method' (or, for a response, 'result' or 'error')");
        }
        if (shape.stringMethod() && shape.idKind() == MessageShape.IdKind.NULL) {
            return error(null, ResponseErrorCode.InvalidRequest, "Invalid request: a request id must not be null");
        }
        if (shape.stringMethod() && shape.idKind() == MessageShape.IdKind.OTHER) {
            return error(null, ResponseErrorCode.InvalidRequest, "Invalid request: 'id' must be a string or an integer");
        }
        return null;
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
