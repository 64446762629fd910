package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Semantic tokens over the protocol: legend, full, range and delta results decoded back to tokens. */
class SemanticTokensTest {
    static final String URI = "file:///tmp/neam-lsp-test/tokens.neam";

    static final String PROGRAM = """
            /// Routes requests.
            agent Triage {
              provider: "openai" // agent in a comment
              handoffs: [Billing]
            }
            agent Billing { model: "x" }
            fun greet(name) { return f"hi {name}"; }
            """;

    @Test
    void legendMatchesTheExtensionAndFullResultDecodes() throws IOException {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(Lsp.pushClient());
            SemanticTokensLegend legend = init.getCapabilities().getSemanticTokensProvider().getLegend();
            assertThat(init.getCapabilities().getSemanticTokensProvider().getRange().getLeft()).isTrue();
            assertThat(init.getCapabilities().getSemanticTokensProvider().getFull().getRight().getDelta()).isTrue();
            assertThat(legend.getTokenTypes()).containsAll(extensionIds("semanticTokenTypes"));
            assertThat(legend.getTokenModifiers()).containsAll(extensionIds("semanticTokenModifiers"))
                    .contains("declaration", "readonly", "defaultLibrary", "deprecated");
            s.open(URI, 1, PROGRAM);

            SemanticTokens full = full(s);

            assertThat(full.getResultId()).isNotBlank();
            assertThat(decode(full.getData(), legend)).containsExactly(
                    "0:0+20 comment.documentation",
                    "1:0+5 keyword", "1:6+6 agent.declaration",
                    "2:2+8 property", "2:12+8 string", "2:21+21 comment",
                    "3:2+8 property", "3:13+7 agent",
                    "5:0+5 keyword", "5:6+7 agent.declaration", "5:16+5 property", "5:23+3 string",
                    "6:0+3 keyword", "6:4+5 function.declaration", "6:10+4 parameter.declaration",
                    "6:18+6 keyword", "6:25+6 string", "6:31+4 parameter", "6:35+2 string");
        }
    }

    @Test
    void columnsAndLengthsFollowTheNegotiatedEncoding() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(Lsp.withEncodings(Lsp.pushClient(), "utf-8"));
            assertThat(init.getCapabilities().getPositionEncoding()).isEqualTo("utf-8");
            SemanticTokensLegend legend = init.getCapabilities().getSemanticTokensProvider().getLegend();
            s.open(URI, 1, "let s = \"é😀\"; let x = s;\n");

            // in UTF-8 "é" is 2 bytes and "😀" 4: the string is 8 units long and everything after it shifts
            assertThat(decode(full(s).getData(), legend)).containsExactly(
                    "0:0+3 keyword", "0:4+1 variable.declaration", "0:8+8 string", "0:18+3 keyword",
                    "0:22+1 variable.declaration", "0:26+1 variable");
        }
    }

    @Test
    void rangeGivesOnlyTheTokensInsideIt() {
        try (ServerProcess s = ServerProcess.start()) {
            SemanticTokensLegend legend = s.initialize(Lsp.pushClient()).getCapabilities()
                    .getSemanticTokensProvider().getLegend();
            s.open(URI, 1, PROGRAM);

            SemanticTokens range = Lsp.get(s.server.getTextDocumentService().semanticTokensRange(
                    new SemanticTokensRangeParams(new TextDocumentIdentifier(URI), Lsp.range(2, 12, 3, 100))));

            assertThat(decode(range.getData(), legend)).containsExactly(
                    "2:12+8 string", "2:21+21 comment", "3:2+8 property", "3:13+7 agent");
        }
    }

    @Test
    void deltaIsASmallEditThatRebuildsTheNewTokens() {
        try (ServerProcess s = ServerProcess.start()) {
            SemanticTokensLegend legend = s.initialize(Lsp.pushClient()).getCapabilities()
                    .getSemanticTokensProvider().getLegend();
            s.open(URI, 1, PROGRAM);
            SemanticTokens first = full(s);
            // line 6 "fun greet(name)" → "fun greeting(name)"
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(URI, 2), List.of(Lsp.edit(6, 9, 6, 9, "ing"))));

            Either<SemanticTokens, SemanticTokensDelta> answer = delta(s, first.getResultId());

            assertThat(answer.isRight()).as("a delta against the result we kept").isTrue();
            SemanticTokensDelta delta = answer.getRight();
            assertThat(delta.getResultId()).isNotEqualTo(first.getResultId());
            assertThat(delta.getEdits()).hasSize(1);
            assertThat(delta.getEdits().get(0).getDeleteCount()).isLessThanOrEqualTo(10);
            List<Integer> rebuilt = apply(first.getData(), delta.getEdits());
            SemanticTokens fresh = full(s);
            assertThat(rebuilt).isEqualTo(fresh.getData());
            assertThat(decode(rebuilt, legend)).contains("6:4+8 function.declaration", "6:13+4 parameter.declaration");

            Either<SemanticTokens, SemanticTokensDelta> unknown = delta(s, "no-such-result");
            assertThat(unknown.isLeft()).as("an unknown previous result gets a full answer").isTrue();
            assertThat(unknown.getLeft().getData()).isEqualTo(fresh.getData());
        }
    }

    @Test
    void aBrokenDocumentStillGetsTokensAndNoError() {
        try (ServerProcess s = ServerProcess.start()) {
            SemanticTokensLegend legend = s.initialize(Lsp.pushClient()).getCapabilities()
                    .getSemanticTokensProvider().getLegend();
            s.open(URI, 1, "agent Triage {\n  provider: \"openai\n  handoffs: [\n");

            List<String> tokens = decode(full(s).getData(), legend);

            assertThat(tokens).startsWith("0:0+5 keyword", "0:6+6 agent.declaration", "1:2+8 property");
        }
    }

    static SemanticTokens full(ServerProcess s) {
        return Lsp.get(s.server.getTextDocumentService().semanticTokensFull(
                new SemanticTokensParams(new TextDocumentIdentifier(URI))));
    }

    static Either<SemanticTokens, SemanticTokensDelta> delta(ServerProcess s, String previous) {
        return Lsp.get(s.server.getTextDocumentService().semanticTokensFullDelta(
                new SemanticTokensDeltaParams(new TextDocumentIdentifier(URI), previous)));
    }

    static List<Integer> apply(List<Integer> data, List<SemanticTokensEdit> edits) {
        List<Integer> out = new ArrayList<>(data);
        for (int i = edits.size() - 1; i >= 0; i--) {
            SemanticTokensEdit e = edits.get(i);
            out.subList(e.getStart(), e.getStart() + e.getDeleteCount()).clear();
            out.addAll(e.getStart(), e.getData() == null ? List.of() : e.getData());
        }
        return out;
    }

    /** "line:start+length type.modifier…" for each encoded token. */
    static List<String> decode(List<Integer> data, SemanticTokensLegend legend) {
        List<String> out = new ArrayList<>();
        int line = 0;
        int start = 0;
        for (int i = 0; i + 4 < data.size(); i += 5) {
            int deltaLine = data.get(i);
            line += deltaLine;
            start = deltaLine == 0 ? start + data.get(i + 1) : data.get(i + 1);
            StringBuilder name = new StringBuilder(legend.getTokenTypes().get(data.get(i + 3)));
            int modifiers = data.get(i + 4);
            for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
                if ((modifiers & (1 << bit)) != 0) {
                    name.append('.').append(legend.getTokenModifiers().get(bit));
                }
            }
            out.add(line + ":" + start + "+" + data.get(i + 2) + " " + name);
        }
        return out;
    }

    /** The ids the VS Code extension contributes under {@code contributes.<key>}. */
    static List<String> extensionIds(String key) throws IOException {
        String json = Files.readString(RepoPaths.repoRoot().resolve("vscode-extension/package.json"));
        JsonArray entries = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("contributes").getAsJsonArray(key);
        List<String> ids = new ArrayList<>();
        for (JsonElement e : entries) {
            ids.add(e.getAsJsonObject().get("id").getAsString());
        }
        return ids;
    }
}
