package dev.neam.tests.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.formatting.Formatting;
import dev.neam.parser.formatting.LineDiff;
import dev.neam.parser.formatting.TextReplacement;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edits formatting produces: line-sized, line ends kept, none for a formatted file. */
class FormattingEditsTest {

    @Test
    void aFormattedFileGetsNoEdits() {
        String text = "agent Triage {\n  provider: \"openai\"\n}\n";
        assertThat(Formatting.document(NeamSyntax.parse(text), "  ")).contains(List.of());
    }

    @Test
    void crlfFilesKeepTheirLineEnds() {
        String text = "fun f(a) {\r\nreturn a;\r\n}\r\n";
        ParseResult parse = NeamSyntax.parse(text);

        List<TextReplacement> edits = Formatting.document(parse, "  ").orElseThrow();

        assertThat(edits).containsExactly(new TextReplacement(Range.of(1, 0, 2, 0), "  return a;\r\n"));
    }

    @Test
    void unchangedLinesBetweenChangesAreLeftAlone() {
        SourceText before = new SourceText("a\nb\nc\nd\ne\n");

        List<TextReplacement> edits = LineDiff.edits(before, "a\nB\nc\nd\nE\nf\n");

        assertThat(edits).containsExactly(
                new TextReplacement(Range.of(1, 0, 2, 0), "B\n"),
                new TextReplacement(Range.of(4, 0, 5, 0), "E\nf\n"));
    }

    @Test
    void aFileWithoutFinalNewlineGetsOne() {
        SourceText before = new SourceText("a\nb");

        assertThat(LineDiff.edits(before, "a\nb\n")).containsExactly(new TextReplacement(Range.of(1, 0, 1, 1), "b\n"));
    }
}
