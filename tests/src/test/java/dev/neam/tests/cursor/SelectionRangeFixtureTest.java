package dev.neam.tests.cursor;

import dev.neam.lsp.features.selection.SelectionRanges;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.lsp.protocol.PositionEncoding;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.SourceText;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expand-selection chains at marked places: each line of the golden is one step outwards, with
 * the text it selects (first line only, for long ranges).
 */
class SelectionRangeFixtureTest {
    @TempDir
    Path root;

    static Stream<Path> fixtures() {
        return CursorFixture.all("selection").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void chainsGrowOutwards(Path source) {
        CursorFixture fixture = CursorFixture.load(source, root);
        Map<String, String> sections = new LinkedHashMap<>();
        PositionConverter positions = new PositionConverter(PositionEncoding.UTF16);
        for (CursorFixture.Cursor cursor : fixture.cursors()) {
            ParseResult parse = NeamSyntax.parse(fixture.text(cursor));
            SourceText text = parse.text();
            Position at = new Position(cursor.position().line(), cursor.position().character());
            SelectionRange chain = new SelectionRanges(positions)
                    .ranges(text, parse.tree(), List.of(at), () -> { }).get(0);
            StringBuilder out = new StringBuilder();
            for (SelectionRange step = chain; step != null; step = step.getParent()) {
                out.append(render(text, step.getRange(), positions)).append('\n');
            }
            sections.put(cursor.label(), out.toString());
        }
        fixture.assertExpected(sections);
    }

    private static String render(SourceText text, Range range, PositionConverter positions) {
        int start = positions.offset(text, range.getStart());
        int end = positions.offset(text, range.getEnd());
        String selected = text.text().substring(start, end);
        int newline = selected.indexOf('\n');
        String shown = newline < 0 ? selected : selected.substring(0, newline) + " …";
        return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-"
                + range.getEnd().getLine() + ":" + range.getEnd().getCharacter() + " " + shown;
    }
}
