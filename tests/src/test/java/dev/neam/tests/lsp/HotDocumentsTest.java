package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
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
    private static final String B_WITHOUT_HANDOFF = "import a.{Triage};\nagent Billing {\n" + AGENT + "}\n"
            + "fun route(n) {\n    return n;\n}\n";
    private static final String C = "import b.{route};\nfun other() {\n    let unused = 1;\n    return route(1, 2);\n}\n";

    private static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();

    @TempDir
    Path tmp;

    @Test
    void documentsThatCooledDownAnswerAsHotOnes() {
        List<String> oneHot = answers(1);
        List<String> allHot = answers(100);
        assertThat(oneHot).hasSize(allHot.size());
        for (int i = 0; i < allHot.size(); i++) {
            assertThat(oneHot.get(i)).as("answer %d", i).isEqualTo(allHot.get(i));
        }
        // the answers say something: a's hover on `route`, its definition in b, its findings
        assertThat(String.join("\n", allHot)).contains("fun route(n)", "b.neam", "NEAM");
    }

    /** Every answer of a session that opens three documents and moves between them, as JSON. */
    private List<String> answers(int hotDocuments) {
        Path root = tmp.resolve("hot" + hotDocuments);
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
            s.replace(b, 2, B_WITHOUT_HANDOFF); // a's findings change with b's exports, whether a is hot or not
            out.add(diagnostics(s.client.awaitVersion(b, 2), root));
            out.add(diagnostics(s.client.awaitDiagnostics(a, p -> p.getDiagnostics().stream()
                    .noneMatch(d -> d.getMessage().getLeft().contains("cycle"))), root));
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
        return GSON.toJson(answer).replace(root.toUri().toString(), "ROOT/");
    }
}
