package dev.neam.tests.lsp;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Small helpers to write protocol tests that read like the protocol. */
final class Lsp {
    private Lsp() {
    }

    static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(RecordingClient.TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("request failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + RecordingClient.TIMEOUT_MS + " ms", e);
        }
    }

    static Range range(int startLine, int startChar, int endLine, int endChar) {
        return new Range(new Position(startLine, startChar), new Position(endLine, endChar));
    }

    static TextDocumentContentChangeEvent edit(int startLine, int startChar, int endLine, int endChar, String text) {
        return new TextDocumentContentChangeEvent(range(startLine, startChar, endLine, endChar), text);
    }

    /** A protocol object as the JSON LSP4J sends (unions written as their one side). */
    static JsonObject toJson(Object protocolObject) {
        return new org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler(java.util.Map.of()).getGson()
                .toJsonTree(protocolObject).getAsJsonObject();
    }

    static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** A client that only pushes (no pull diagnostics), with hierarchical symbols and related information. */
    static ClientCapabilities pushClient() {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        PublishDiagnosticsCapabilities publish = new PublishDiagnosticsCapabilities();
        publish.setRelatedInformation(true);
        publish.setVersionSupport(true);
        text.setPublishDiagnostics(publish);
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        ClientCapabilities caps = new ClientCapabilities();
        caps.setTextDocument(text);
        return caps;
    }

    /** A client that pulls diagnostics. */
    static ClientCapabilities pullClient() {
        ClientCapabilities caps = pushClient();
        DiagnosticCapabilities pull = new DiagnosticCapabilities();
        pull.setRelatedInformation(true);
        caps.getTextDocument().setDiagnostic(pull);
        return caps;
    }

    static ClientCapabilities withEncodings(ClientCapabilities caps, String... encodings) {
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(List.of(encodings));
        caps.setGeneral(general);
        return caps;
    }

    /** Adds completion capabilities: snippets or not, Markdown documentation, the deprecated tag. */
    static ClientCapabilities withCompletion(ClientCapabilities caps, boolean snippets) {
        org.eclipse.lsp4j.CompletionItemCapabilities item = new org.eclipse.lsp4j.CompletionItemCapabilities(snippets);
        item.setDocumentationFormat(List.of("markdown", "plaintext"));
        caps.getTextDocument().setCompletion(new org.eclipse.lsp4j.CompletionCapabilities(item));
        return caps;
    }
}
