package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/**
 * What {@code initialize} announces is exactly what answers: every request whose capability is
 * announced succeeds on a real document, and every request whose capability is not announced gets
 * {@code MethodNotFound}. A feature added without its capability, or a capability announced without
 * its feature, fails here.
 */
class CapabilitiesMatchTest {
    private static final String URI = "file:///tmp/neam-lsp-capabilities/main.neam";
    private static final String TEXT = """
            agent Helper {
              provider: "openai"
              model: "gpt-4o"
            }
            fun greet(name) {
              let message = "Hello, " + name;
              print(message);
              return message;
            }
            """;
    private static final String DOC = "\"textDocument\": {\"uri\": \"" + URI + "\"}";
    private static final String AT = DOC + ", \"position\": {\"line\": 5, \"character\": 8}";
    private static final String RANGE = "\"range\": {\"start\": {\"line\": 0, \"character\": 0}, \"end\": {\"line\": 8, \"character\": 1}}";
    private static final String OPTIONS = "\"options\": {\"tabSize\": 2, \"insertSpaces\": true}";

    /**
     * Announced only to clients that pull (so a client that takes pushed diagnostics does not show
     * them twice), yet answered for anyone who asks.
     */
    private static final String PULL_DIAGNOSTICS = "textDocument/diagnostic";

    /** A capability of ServerCapabilities and a request that exercises it. */
    private record Probe(String capability, String method, String params) {
    }

    private static final List<Probe> PROBES = List.of(
            new Probe("completionProvider", "textDocument/completion", AT),
            new Probe("hoverProvider", "textDocument/hover", AT),
            new Probe("signatureHelpProvider", "textDocument/signatureHelp", AT),
            new Probe("declarationProvider", "textDocument/declaration", AT),
            new Probe("definitionProvider", "textDocument/definition", AT),
            new Probe("typeDefinitionProvider", "textDocument/typeDefinition", AT),
            new Probe("implementationProvider", "textDocument/implementation", AT),
            new Probe("referencesProvider", "textDocument/references", AT + ", \"context\": {\"includeDeclaration\": true}"),
            new Probe("documentHighlightProvider", "textDocument/documentHighlight", AT),
            new Probe("documentSymbolProvider", "textDocument/documentSymbol", DOC),
            new Probe("codeActionProvider", "textDocument/codeAction", DOC + ", " + RANGE + ", \"context\": {\"diagnostics\": []}"),
            new Probe("codeLensProvider", "textDocument/codeLens", DOC),
            new Probe("documentLinkProvider", "textDocument/documentLink", DOC),
            new Probe("colorProvider", "textDocument/documentColor", DOC),
            new Probe("documentFormattingProvider", "textDocument/formatting", DOC + ", " + OPTIONS),
            new Probe("documentRangeFormattingProvider", "textDocument/rangeFormatting", DOC + ", " + RANGE + ", " + OPTIONS),
            new Probe("documentOnTypeFormattingProvider", "textDocument/onTypeFormatting",
                    DOC + ", \"position\": {\"line\": 8, \"character\": 1}, \"ch\": \"}\", " + OPTIONS),
            new Probe("renameProvider", "textDocument/rename", AT + ", \"newName\": \"note\""),
            new Probe("foldingRangeProvider", "textDocument/foldingRange", DOC),
            new Probe("selectionRangeProvider", "textDocument/selectionRange",
                    DOC + ", \"positions\": [{\"line\": 5, \"character\": 8}]"),
            new Probe("callHierarchyProvider", "textDocument/prepareCallHierarchy",
                    DOC + ", \"position\": {\"line\": 4, \"character\": 5}"),
            new Probe("semanticTokensProvider", "textDocument/semanticTokens/full", DOC),
            new Probe("linkedEditingRangeProvider", "textDocument/linkedEditingRange", AT),
            new Probe("monikerProvider", "textDocument/moniker", AT),
            new Probe("typeHierarchyProvider", "textDocument/prepareTypeHierarchy", AT),
            new Probe("inlineValueProvider", "textDocument/inlineValue", DOC + ", " + RANGE
                    + ", \"context\": {\"frameId\": 1, \"stoppedLocation\": " + RANGE.substring(9) + "}"),
            new Probe("inlayHintProvider", "textDocument/inlayHint", DOC + ", " + RANGE),
            new Probe("diagnosticProvider", "textDocument/diagnostic", DOC),
            new Probe("workspaceSymbolProvider", "workspace/symbol", "\"query\": \"gre\""),
            new Probe("executeCommandProvider", "workspace/executeCommand",
                    "\"command\": \"neam.server.lintWorkspace\", \"arguments\": []"));

    @Test
    void announcedRequestsAnswerAndOthersAreNotFound() throws Exception {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(FullClient.capabilities());
            JsonObject announced = Lsp.toJson(init.getCapabilities());
            s.open(URI, 1, TEXT);

            List<String> problems = new ArrayList<>();
            for (Probe probe : PROBES) {
                boolean on = isOn(announced.get(probe.capability()));
                CompletableFuture<Object> answer = s.endpoint.request(probe.method(), Lsp.json("{" + probe.params() + "}"));
                Integer error = errorOf(answer);
                if (on && error != null) {
                    problems.add(probe.capability() + " is announced but " + probe.method() + " failed with " + error);
                } else if (!on && !probe.method().equals(PULL_DIAGNOSTICS) && (error == null || error != ResponseErrorCode.MethodNotFound.getValue())) {
                    problems.add(probe.capability() + " is not announced but " + probe.method() + " answered "
                            + (error == null ? "a result" : "error " + error));
                }
            }
            assertThat(problems).isEmpty();
        }
    }

    private static boolean isOn(JsonElement capability) {
        return capability != null && !capability.isJsonNull()
                && !(capability.isJsonPrimitive() && !capability.getAsBoolean());
    }

    private static Integer errorOf(CompletableFuture<Object> answer) throws Exception {
        try {
            answer.get(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResponseErrorException r) {
                return r.getResponseError().getCode();
            }
            throw e;
        }
    }
}
