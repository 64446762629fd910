package dev.neam.tests.cursor;

import dev.neam.parser.formatting.Formatting;
import dev.neam.parser.formatting.TextReplacement;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Range formatting: markers come in pairs ({@code $0}…{@code $1}, {@code $2}…{@code $3}), each a
 * selection; the golden shows the whole file after applying the edits for that selection.
 */
class FormatRangeFixtureTest {
    @TempDir
    Path root;

    static Stream<Path> fixtures() {
        return CursorFixture.all("format-range").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void selectionsFormatWholeStatements(Path source) {
        CursorFixture fixture = CursorFixture.load(source, root);
        Map<String, String> sections = new LinkedHashMap<>();
        List<CursorFixture.Cursor> cursors = fixture.cursors();
        for (int i = 0; i + 1 < cursors.size(); i += 2) {
            CursorFixture.Cursor from = cursors.get(i);
            CursorFixture.Cursor to = cursors.get(i + 1);
            ParseResult parse = NeamSyntax.parse(fixture.text(from));
            Optional<List<TextReplacement>> edits = Formatting.range(parse, new Range(from.position(), to.position()),
                    "  ");
            sections.put(from.label() + "-" + to.label(),
                    edits.map(e -> apply(parse.text(), e)).orElse("(not formatted: syntax errors)"));
        }
        fixture.assertExpected(sections);
    }

    static String apply(SourceText text, List<TextReplacement> edits) {
        StringBuilder out = new StringBuilder(text.text());
        for (int i = edits.size() - 1; i >= 0; i--) {
            TextReplacement e = edits.get(i);
            out.replace(text.offsetAt(e.range().start()), text.offsetAt(e.range().end()), e.newText());
        }
        return out.toString();
    }
}
