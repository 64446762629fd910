package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.syntax.NeamFormatter;
import dev.neam.parser.text.SourceText;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentOnTypeFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** Document, range and on-type formatting: exact, line-sized edits; nothing on broken files. */
class FormattingTest {
    static final String URI = "file:///tmp/neam-lsp-test/format.neam";
    static final TextDocumentIdentifier DOC = new TextDocumentIdentifier(URI);

    static final String PROGRAM = """
            agent Triage {
            provider:"openai"
              model:   "gpt-4o"
            }

            fun greet(name) {
            let x=1+2;
                return   x;
            }
            """;

    @Test
    void documentEditsTouchOnlyTheLinesThatChange() {
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(Lsp.pushClient());
            assertThat(init.getCapabilities().getDocumentFormattingProvider().getLeft()).isTrue();
            assertThat(init.getCapabilities().getDocumentRangeFormattingProvider().getLeft()).isTrue();
            assertThat(init.getCapabilities().getDocumentOnTypeFormattingProvider().getFirstTriggerCharacter())
                    .isEqualTo("}");
            s.open(URI, 1, PROGRAM);

            List<? extends TextEdit> edits = Lsp.get(s.server.getTextDocumentService().formatting(
                    new DocumentFormattingParams(DOC, new FormattingOptions(2, true))));

            assertThat(List.<TextEdit>copyOf(edits)).containsExactly(
                    new TextEdit(Lsp.range(1, 0, 3, 0), "  provider: \"openai\"\n  model: \"gpt-4o\"\n"),
                    new TextEdit(Lsp.range(6, 0, 8, 0), "  let x = 1 + 2;\n  return x;\n"));
            assertThat(apply(PROGRAM, edits)).isEqualTo(NeamFormatter.format(PROGRAM).orElseThrow());
        }
    }

    @Test
    void theClientsIndentationIsUsed() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(URI, 1, PROGRAM);

            String withFour = apply(PROGRAM, Lsp.get(s.server.getTextDocumentService().formatting(
                    new DocumentFormattingParams(DOC, new FormattingOptions(4, true)))));
            String withTabs = apply(PROGRAM, Lsp.get(s.server.getTextDocumentService().formatting(
                    new DocumentFormattingParams(DOC, new FormattingOptions(4, false)))));

            assertThat(withFour).contains("\n    provider: \"openai\"\n", "\n    return x;\n");
            assertThat(withTabs).contains("\n\tprovider: \"openai\"\n", "\n\treturn x;\n");
        }
    }

    @Test
    void aRepeatedRequestIsAnsweredForItsVersionAndIndentation() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(URI, 1, PROGRAM);
            DocumentFormattingParams twoSpaces = new DocumentFormattingParams(DOC, new FormattingOptions(2, true));
            DocumentFormattingParams fourSpaces = new DocumentFormattingParams(DOC, new FormattingOptions(4, true));

            List<TextEdit> first = List.copyOf(Lsp.get(s.server.getTextDocumentService().formatting(twoSpaces)));
            List<TextEdit> again = List.copyOf(Lsp.get(s.server.getTextDocumentService().formatting(twoSpaces)));
            assertThat(again).isEqualTo(first).hasSize(2);

            // another indentation on the same version: edits for it, then the first ones again
            assertThat(apply(PROGRAM, Lsp.get(s.server.getTextDocumentService().formatting(fourSpaces))))
                    .contains("\n    provider: \"openai\"\n", "\n    return x;\n");
            assertThat(List.<TextEdit>copyOf(Lsp.get(s.server.getTextDocumentService().formatting(twoSpaces))))
                    .isEqualTo(first);

            // a new version: edits for its text, not the last ones
            String edited = PROGRAM.replace("  model:   \"gpt-4o\"", "  model: \"gpt-4o\"");
            s.replace(URI, 2, edited);
            List<? extends TextEdit> afterEdit = Lsp.get(s.server.getTextDocumentService().formatting(twoSpaces));
            assertThat(List.<TextEdit>copyOf(afterEdit)).containsExactly(
                    new TextEdit(Lsp.range(1, 0, 2, 0), "  provider: \"openai\"\n"),
                    new TextEdit(Lsp.range(6, 0, 8, 0), "  let x = 1 + 2;\n  return x;\n"));
            assertThat(apply(edited, afterEdit)).isEqualTo(NeamFormatter.format(PROGRAM).orElseThrow());
        }
    }

    @Test
    void aFileWithSyntaxErrorsIsLeftAlone() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(URI, 1, "agent Triage {\nprovider:\"openai\"\n  handoffs: [\n}\n");

            assertThat(Lsp.get(s.server.getTextDocumentService().formatting(
                    new DocumentFormattingParams(DOC, new FormattingOptions(2, true))))).isEmpty();
            assertThat(Lsp.get(s.server.getTextDocumentService().rangeFormatting(
                    new DocumentRangeFormattingParams(DOC, new FormattingOptions(2, true), Lsp.range(1, 0, 1, 3)))))
                    .isEmpty();
        }
    }

    @Test
    void aRangeFormatsTheWholeStatementsItTouchesAndNothingElse() {
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(URI, 1, PROGRAM);

            // "let" only: the whole `let` statement is formatted, not `return` below nor the agent
            List<? extends TextEdit> edits = Lsp.get(s.server.getTextDocumentService().rangeFormatting(
                    new DocumentRangeFormattingParams(DOC, new FormattingOptions(2, true), Lsp.range(6, 0, 6, 3))));

            assertThat(List.<TextEdit>copyOf(edits)).containsExactly(new TextEdit(Lsp.range(6, 0, 7, 0), "  let x = 1 + 2;\n"));

            // from inside the agent's header to the middle of the function: both declarations
            List<? extends TextEdit> both = Lsp.get(s.server.getTextDocumentService().rangeFormatting(
                    new DocumentRangeFormattingParams(DOC, new FormattingOptions(2, true), Lsp.range(0, 3, 6, 2))));
            assertThat(apply(PROGRAM, both)).isEqualTo(NeamFormatter.format(PROGRAM).orElseThrow());
        }
    }

    @Test
    void typingAClosingBraceReindentsTheBlockItCloses() {
        String text = """
                fun check(a) {
                  if (a) {
                  return 1;
                  }
                    let unrelated=2;
                }
                """;
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient());
            s.open(URI, 1, text);

            List<? extends TextEdit> edits = Lsp.get(s.server.getTextDocumentService().onTypeFormatting(
                    new DocumentOnTypeFormattingParams(DOC, new FormattingOptions(2, true), new Position(3, 3), "}")));

            assertThat(List.<TextEdit>copyOf(edits)).containsExactly(new TextEdit(Lsp.range(2, 0, 3, 0), "    return 1;\n"));

            List<? extends TextEdit> notAfterBrace = Lsp.get(s.server.getTextDocumentService().onTypeFormatting(
                    new DocumentOnTypeFormattingParams(DOC, new FormattingOptions(2, true), new Position(2, 4), "}")));
            assertThat(notAfterBrace).isEmpty();
        }
    }

    /** Applies LSP edits (UTF-16 positions, non-overlapping) to a text. */
    static String apply(String text, List<? extends TextEdit> edits) {
        SourceText source = new SourceText(text);
        StringBuilder out = new StringBuilder(text);
        List<? extends TextEdit> sorted = edits.stream()
                .sorted(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                        .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed())
                .toList();
        for (TextEdit e : sorted) {
            int start = source.offsetAt(new dev.neam.parser.text.Position(e.getRange().getStart().getLine(),
                    e.getRange().getStart().getCharacter()));
            int end = source.offsetAt(new dev.neam.parser.text.Position(e.getRange().getEnd().getLine(),
                    e.getRange().getEnd().getCharacter()));
            out.replace(start, end, e.getNewText());
        }
        return out.toString();
    }
}
