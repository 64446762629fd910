package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Document symbols, folding ranges and selection ranges from the syntax tree. */
class DocumentFeaturesTest {
    static final String URI = "file:///tmp/neam-lsp-test/outline.neam";

    static final String PROGRAM = """
            module shop.support;
            import std.text;
            import agents.{Triage};

            const LIMIT = 3;
            let greeting = "hello";
            guardchain Checks = [Size];

            claw agent Triage {
              provider: "openai"
              session {
                idle_reset_minutes: 30
              }
              on_tool_input(x) -> string {
                return x;
              }
            }

            // A struct with a method
            // and a second comment line
            struct Point {
              x: int,
              y: int,
              fn norm(self) { return self.x; }
            }

            trait Shape {
              fn area(self) -> float;
            }

            sealed Result {
              Ok(value),
              Err(message: string)
            }

            impl Shape for Point {
              fn area(self) -> float { return 0.0; }
            }

            fun describe(p: Point, ...rest) -> string {
              let text = \"""
            first line
            second line
            \""";
              return text;
            }

            suite "points" {
              before_each { let p = 1; }
              test "norm" { assert_eq(1, 1); }
            }
            """;

    @Test
    void symbolsFormAnOutlineOfTheFile() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(URI, 1, PROGRAM);

            List<DocumentSymbol> symbols = hierarchical(s);

            assertThat(symbols).extracting(DocumentSymbol::getName).containsExactly("shop.support", "LIMIT", "greeting",
                    "Checks", "Triage", "Point", "Shape", "Result", "impl Shape for Point", "describe", "points");
            DocumentSymbol triage = find(symbols, "Triage");
            assertThat(triage.getDetail()).isEqualTo("claw agent");
            assertThat(triage.getKind()).isEqualTo(SymbolKind.Class);
            assertThat(triage.getRange()).isEqualTo(Lsp.range(8, 0, 16, 1));
            assertThat(triage.getSelectionRange()).isEqualTo(Lsp.range(8, 11, 8, 17));
            assertThat(triage.getChildren()).extracting(DocumentSymbol::getName, DocumentSymbol::getKind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("session", SymbolKind.Namespace),
                            org.assertj.core.groups.Tuple.tuple("on_tool_input", SymbolKind.Method));
            assertThat(triage.getChildren().get(1).getDetail()).isEqualTo("(x) -> string");
            DocumentSymbol point = find(symbols, "Point");
            assertThat(point.getKind()).as("Struct is not in the base kinds the client declared").isEqualTo(SymbolKind.Class);
            assertThat(point.getChildren()).extracting(DocumentSymbol::getName).containsExactly("x", "y", "norm");
            assertThat(point.getChildren()).extracting(DocumentSymbol::getKind)
                    .containsExactly(SymbolKind.Field, SymbolKind.Field, SymbolKind.Method);
            assertThat(find(symbols, "Shape").getKind()).isEqualTo(SymbolKind.Interface);
            assertThat(find(symbols, "Result").getKind()).isEqualTo(SymbolKind.Enum);
            assertThat(find(symbols, "Result").getChildren()).extracting(DocumentSymbol::getName).containsExactly("Ok", "Err");
            assertThat(find(symbols, "impl Shape for Point").getChildren()).extracting(DocumentSymbol::getName)
                    .containsExactly("area");
            assertThat(find(symbols, "describe").getDetail()).isEqualTo("(p: Point, ...rest) -> string");
            assertThat(find(symbols, "points").getChildren()).extracting(DocumentSymbol::getName)
                    .containsExactly("before_each", "norm");
            assertThat(find(symbols, "Checks").getDetail()).isEqualTo("guardchain");
            assertThat(find(symbols, "LIMIT").getKind()).isEqualTo(SymbolKind.Constant);
            assertThat(find(symbols, "greeting").getKind()).isEqualTo(SymbolKind.Variable);
        }
    }

    @Test
    void aClientWithoutHierarchyGetsFlatSymbolsWithContainers() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(new ClientCapabilities());
            s.open(URI, 1, PROGRAM);

            List<Either<SymbolInformation, DocumentSymbol>> result = Lsp.get(s.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI))));

            assertThat(result).allSatisfy(e -> assertThat(e.isLeft()).isTrue());
            @SuppressWarnings("deprecation")
            List<String> containers = result.stream().filter(e -> e.getLeft().getName().equals("on_tool_input"))
                    .map(e -> e.getLeft().getContainerName()).toList();
            assertThat(containers).containsExactly("Triage");
        }
    }

    @Test
    void foldingCoversBodiesCommentsImportsAndMultiLineStrings() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(URI, 1, PROGRAM);

            List<FoldingRange> ranges = Lsp.get(s.server.getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(URI))));

            assertThat(ranges).extracting(r -> r.getStartLine() + "-" + r.getEndLine() + ":" + r.getKind())
                    .containsExactly("1-2:imports", "8-15:null", "10-11:null", "13-14:null", "18-19:comment", "20-23:null",
                            "26-27:null", "30-32:null", "35-36:null", "39-44:null", "40-43:null", "47-49:null");
        }
    }

    @Test
    void selectionRangesGrowFromTheNameToTheWholeFile() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(URI, 1, PROGRAM);

            List<SelectionRange> ranges = Lsp.get(s.server.getTextDocumentService().selectionRange(
                    new SelectionRangeParams(new TextDocumentIdentifier(URI), List.of(new Position(14, 11)))));

            assertThat(ranges).hasSize(1);
            SelectionRange innermost = ranges.get(0);
            assertThat(innermost.getRange()).as("the identifier x in 'return x;'").isEqualTo(Lsp.range(14, 11, 14, 12));
            org.eclipse.lsp4j.Range previous = innermost.getRange();
            int depth = 0;
            for (SelectionRange r = innermost.getParent(); r != null; r = r.getParent(), depth++) {
                assertThat(contains(r.getRange(), previous)).as("each parent contains its child").isTrue();
                assertThat(r.getRange()).isNotEqualTo(previous);
                previous = r.getRange();
            }
            assertThat(depth).isGreaterThanOrEqualTo(4);
            assertThat(previous.getStart()).isEqualTo(new Position(0, 0));
        }
    }

    static List<DocumentSymbol> hierarchical(ServerProcess s) {
        return Lsp.get(s.server.getTextDocumentService().documentSymbol(
                new DocumentSymbolParams(new TextDocumentIdentifier(URI)))).stream().map(Either::getRight).toList();
    }

    static DocumentSymbol find(List<DocumentSymbol> symbols, String name) {
        return symbols.stream().filter(x -> x.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no symbol " + name));
    }

    static boolean contains(org.eclipse.lsp4j.Range outer, org.eclipse.lsp4j.Range inner) {
        return compare(outer.getStart(), inner.getStart()) <= 0 && compare(inner.getEnd(), outer.getEnd()) <= 0;
    }

    static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }
}
