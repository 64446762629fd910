package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only the {@code hotDocuments} documents used last keep their tree and caches; the others are
 * parsed again when asked about. A server keeping one document hot answers every request, and
 * publishes every finding, exactly as a server keeping all of them hot.
 */
class HotDocumentsTest {
    private static final String AGENT = "    provider: \"openai\"\n    model: \"gpt-4o\"\n";
    private static final String A = "import b.{Billing, route};\n/// Sorts requests.\nagent Triage {\n" + AGENT
            + "    handoffs: [Billing]\n}\nfun main() {\n    let x = route(1);\n    let y = missing;\n    return x + y;\n}\n";
    private static final String B = "import a.{Triage};\nagent Billing {\n" + AGENT + "    handoffs: [Triage]\n}\n"
            + "fun route(n) {\n    return n;\n}\n";
    /** b.neam with `route` renamed: what a.neam and c.neam import from it changes. */
    private static final String B_RENAMED = "import a.{Triage};\nagent Billing {\n" + AGENT + "    handoffs: [Triage]\n}\n"
            + "fun send(n) {\n    return n;\n}\n";
    private static final String C = "import b.{route};\nfun other() {\n    let unused = 1;\n    return route(1, 2);\n}\n";

    private static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();

    @TempDir
    Path tmp;

    @Test
    void documentsThatCooledDownAnswerAsHotOnes() throws IOException {
        List<String> oneHot = answers(1);
        List<String> allHot = answers(100);
        assertThat(oneHot).hasSize(allHot.size());
        for (int i = 0; i < allHot.size(); i++) {
            // compared as JSON values: the order of an object's keys is not part of the answer
            assertThat(JsonParser.parseString(oneHot.get(i))).as("answer %d: %s", i, oneHot.get(i))
                    .isEqualTo(JsonParser.parseString(allHot.get(i)));
        }
        // the answers say something: a's hover on `route`, its definition in b, the handoff cycle
        assertThat(String.join("\n", allHot)).contains("fun route(n)", "ROOT/b.neam", "NEAM");
    }

    /** Every answer of a session that opens three documents and moves between them, as JSON. */
    private List<String> answers(int hotDocuments) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("hot" + hotDocuments));
        // saved files, as in an editor: each file's first analysis already sees the others
        Files.writeString(root.resolve("a.neam"), A);
        Files.writeString(root.resolve("b.neam"), B);
        Files.writeString(root.resolve("c.neam"), C);
        String a = root.resolve("a.neam").toUri().toString();
        String b = root.resolve("b.neam").toUri().toString();
        String c = root.resolve("c.neam").toUri().toString();
        List<String> out = new ArrayList<>();
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0, \"hotDocuments\": " + hotDocuments + "}"));
            s.open(a, 1, A);
            s.open(b, 1, B);
            s.open(c, 1, C);
            for (String uri : List.of(a, b, c)) {
                out.add(diagnostics(s.client.awaitVersion(uri, 1), root));
            }
            for (String uri : List.of(a, b, c, a, c, b, a)) {
                out.addAll(requests(s, uri, root));
            }
            s.replace(b, 2, B_RENAMED); // a's and c's findings change with b's names, whether they are hot or not
            out.add(diagnostics(s.client.awaitVersion(b, 2), root));
            for (String importer : List.of(a, c)) {
                out.add(diagnostics(s.client.awaitDiagnostics(importer, p -> p.getDiagnostics().stream()
                        .anyMatch(d -> d.getMessage().getLeft().contains("'route'"))), root));
            }
            out.addAll(requests(s, a, root));
        }
        return out;
    }

    private static List<String> requests(ServerProcess s, String uri, Path root) {
        TextDocumentService service = s.server.getTextDocumentService();
        TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
        // on `route`: a use in a.neam and c.neam, the declaration in b.neam
        Position route = uri.endsWith("a.neam") ? new Position(8, 13)
                : uri.endsWith("b.neam") ? new Position(6, 5) : new Position(3, 12);
        Function<Object, String> json = answer -> json(answer, root);
        List<String> out = new ArrayList<>();
        out.add(json.apply(Lsp.get(service.documentSymbol(new DocumentSymbolParams(doc)))));
        out.add(json.apply(Lsp.get(service.foldingRange(new FoldingRangeRequestParams(doc)))));
        out.add(json.apply(Lsp.get(service.semanticTokensFull(new SemanticTokensParams(doc)))));
        out.add(json.apply(Lsp.get(service.hover(new HoverParams(doc, route)))));
        out.add(json.apply(Lsp.get(service.definition(new DefinitionParams(doc, route)))));
        out.add(json.apply(Lsp.get(service.references(new ReferenceParams(doc, route, new ReferenceContext(true))))));
        return out;
    }

    private static String diagnostics(PublishDiagnosticsParams published, Path root) {
        return json(published, root);
    }

    /** An answer as the JSON the client reads, with the folder of the session's files left out. */
    private static String json(Object answer, Path root) {
        return GSON.toJson(answer).replace(root.toUri().toString(), "ROOT/").replace(root.toString(), "ROOT");
    }
}
