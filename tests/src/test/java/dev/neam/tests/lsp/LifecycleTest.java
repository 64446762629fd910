package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.neam.lsp.cli.Version;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** Start, negotiate, answer what is unknown or malformed, and end with the right status. */
class LifecycleTest {

    @Test
    void initializeNamesTheServerAndAnnouncesExactlyWhatIsImplemented() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult result = s.initialize(Lsp.pushClient());

            assertThat(result.getServerInfo().getName()).isEqualTo("neam-lsp");
            assertThat(result.getServerInfo().getVersion()).isEqualTo(Version.get()).isNotEqualTo("unknown");
            JsonObject caps = Lsp.toJson(result.getCapabilities()).getAsJsonObject();
            assertThat(caps.keySet()).containsExactlyInAnyOrder("positionEncoding", "textDocumentSync",
                    "documentSymbolProvider", "foldingRangeProvider", "selectionRangeProvider", "workspace",
                    "hoverProvider", "definitionProvider", "declarationProvider", "signatureHelpProvider",
                    "referencesProvider", "documentHighlightProvider", "renameProvider", "workspaceSymbolProvider",
                    "codeLensProvider", "callHierarchyProvider",
                    "semanticTokensProvider", "documentFormattingProvider", "documentRangeFormattingProvider",
                    "documentOnTypeFormattingProvider", "documentLinkProvider", "inlayHintProvider",
                    "completionProvider", "executeCommandProvider");
            assertThat(caps.get("positionEncoding").getAsString()).isEqualTo("utf-16");
            assertThat(caps.getAsJsonObject("textDocumentSync").get("change").getAsInt()).as("incremental").isEqualTo(2);
            assertThat(caps.getAsJsonObject("textDocumentSync").get("openClose").getAsBoolean()).isTrue();
            assertThat(caps.getAsJsonObject("workspace").getAsJsonObject("workspaceFolders").get("supported").getAsBoolean())
                    .isTrue();
            assertThat(s.client.logs).as("the server says hello in the client's log")
                    .anySatisfy(m -> assertThat(m.getMessage()).contains("neam-lsp " + Version.get()));
        }
    }

    @Test
    void aClientThatPullsDiagnosticsAlsoSeesTheDiagnosticProvider() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult result = s.initialize(Lsp.pullClient());

            JsonObject caps = Lsp.toJson(result.getCapabilities()).getAsJsonObject();
            assertThat(caps.keySet()).contains("diagnosticProvider");
            JsonObject provider = caps.getAsJsonObject("diagnosticProvider");
            assertThat(provider.get("identifier").getAsString()).isEqualTo("neam");
            assertThat(provider.get("workspaceDiagnostics").getAsBoolean()).isTrue();
        }
    }

    @Test
    void shutdownThenExitEndsWithStatusZero() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            assertThat(Lsp.get(s.server.shutdown())).isNull();
            s.server.exit();
            assertThat(s.awaitExit(10)).isZero();
        }
    }

    @Test
    void exitWithoutShutdownEndsWithStatusOne() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.server.exit();
            assertThat(s.awaitExit(10)).isEqualTo(1);
        }
    }

    @Test
    void closingStdinEndsTheProcessPromptly() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            long started = System.nanoTime();
            s.closeStdin();
            assertThat(s.awaitExit(10)).as("no shutdown was asked for").isEqualTo(1);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("no lingering threads")
                    .isLessThan(10_000);
            assertThat(s.stderr()).contains("the input has ended");
        }
    }

    @Test
    void theServerExitsWhenTheClientProcessDies() throws Exception {
        Process fakeEditor = new ProcessBuilder("sleep", "120").start();
        try (ServerProcess s = ServerProcess.start()) {
            org.eclipse.lsp4j.InitializeParams params = new org.eclipse.lsp4j.InitializeParams();
            params.setProcessId((int) fakeEditor.pid());
            params.setCapabilities(new ClientCapabilities());
            Lsp.get(s.server.initialize(params));
            s.server.initialized(new org.eclipse.lsp4j.InitializedParams());
            assertThat(s.process.isAlive()).isTrue();

            fakeEditor.destroyForcibly().waitFor();

            assertThat(s.awaitExit(15)).isEqualTo(1);
            assertThat(s.stderr()).contains("the client process " + fakeEditor.pid() + " has ended");
        } finally {
            fakeEditor.destroyForcibly();
        }
    }

    @Test
    void unknownMethodsAndUnimplementedFeaturesGetMethodNotFound() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());

            CompletableFuture<Object> unknown = s.endpoint.request("neam/noSuchThing", new JsonObject());
            assertThat(unknown).failsWithin(java.time.Duration.ofSeconds(20))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .satisfies(e -> assertThat(errorCode(e.getCause())).isEqualTo(ResponseErrorCode.MethodNotFound.getValue()));

            // monikers are a feature the server does not offer
            org.eclipse.lsp4j.MonikerParams moniker = new org.eclipse.lsp4j.MonikerParams(
                    new TextDocumentIdentifier("file:///x.neam"), new Position(0, 0));
            assertThat(s.server.getTextDocumentService().moniker(moniker))
                    .failsWithin(java.time.Duration.ofSeconds(20))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .satisfies(e -> assertThat(errorCode(e.getCause())).isEqualTo(ResponseErrorCode.MethodNotFound.getValue()));
        }
    }

    @Test
    void aMalformedMessageIsAnsweredWithAnErrorAndTheServerKeepsServing() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open("file:///tmp/ok.neam", 1, "agent A {\n  provider: \"openai\"\n}\n");
            s.client.awaitVersion("file:///tmp/ok.neam", 1);

            s.sendRaw("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": ");      // not JSON
            s.sendRaw("[1, 2, 3]");                                            // JSON, not a message

            // LSP4J's own client cannot read these responses, so look at what the server wrote: the
            // request cut short is answered under its id, the array (no id to be found) with "id": null
            s.client.await("the parse error", () -> s.stdout().contains(
                    "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32700,") ? true : null);
            s.client.await("the invalid request error", () -> s.stdout().contains(
                    "\"id\":null,\"error\":{\"code\":-32600,") ? true : null);
            var symbols = Lsp.get(s.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier("file:///tmp/ok.neam"))));
            assertThat(symbols).hasSize(1);
            assertThat(s.process.isAlive()).isTrue();
        }
    }

    @Test
    void requestsBeforeInitializeAreRefused() {
        try (ServerProcess s = ServerProcess.start()) {
            var symbols = s.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier("file:///tmp/x.neam")));
            assertThat(symbols).failsWithin(java.time.Duration.ofSeconds(20))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .satisfies(e -> assertThat(errorCode(e.getCause()))
                            .isEqualTo(ResponseErrorCode.ServerNotInitialized.getValue()));
        }
    }

    @Test
    void setTraceTurnsTraceMessagesOnAndOff() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open("file:///tmp/t1.neam", 1, "let a = 1;\n");
            s.client.awaitVersion("file:///tmp/t1.neam", 1);
            assertThat(s.client.traces).as("trace is off by default").isEmpty();

            s.server.setTrace(new org.eclipse.lsp4j.SetTraceParams("messages"));
            s.open("file:///tmp/t2.neam", 1, "let b = 2;\n");
            s.client.awaitVersion("file:///tmp/t2.neam", 1);
            s.client.await("a trace about t2", () -> s.client.traces.stream()
                    .filter(t -> t.getMessage().contains("t2.neam")).findFirst().orElse(null));
            assertThat(s.client.traces).allSatisfy(t -> assertThat(t.getVerbose()).isNull());

            s.server.setTrace(new org.eclipse.lsp4j.SetTraceParams("off"));
            int before = s.client.traces.size();
            s.open("file:///tmp/t3.neam", 1, "let c = 3;\n");
            s.client.awaitVersion("file:///tmp/t3.neam", 1);
            assertThat(s.client.traces).hasSize(before);
        }
    }

    static int errorCode(Throwable t) {
        Throwable cause = t;
        while (cause != null && !(cause instanceof org.eclipse.lsp4j.jsonrpc.ResponseErrorException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a JSON-RPC error response, got %s", t).isNotNull();
        return ((org.eclipse.lsp4j.jsonrpc.ResponseErrorException) cause).getResponseError().getCode();
    }
}
