package dev.neam.tests.cursor;

import dev.neam.parser.inlay.Hint;
import dev.neam.parser.inlay.InlayHints;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Inlay hints on the marked lines, drawn into the line as ‹label›. */
class InlayHintFixtureTest {
    @TempDir
    Path root;

    static Stream<Path> fixtures() {
        return CursorFixture.all("inlay").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void hintsOnMarkedLines(Path source) {
        CursorFixture fixture = CursorFixture.load(source, root);
        Workspace workspace = fixture.workspace(AnalysisOptions.DEFAULT);
        Map<String, String> sections = new LinkedHashMap<>();
        for (CursorFixture.Cursor cursor : fixture.cursors()) {
            String[] lines = fixture.text(cursor).split("\n", -1);
            int line = cursor.position().line();
            List<Hint> hints = InlayHints.of(workspace, cursor.file(root), Range.of(line, 0, line, lines[line].length()),
                    AnalysisOptions.DEFAULT.languageVersion());
            StringBuilder drawn = new StringBuilder(lines[line]);
            for (int i = hints.size() - 1; i >= 0; i--) {
                Hint h = hints.get(i);
                drawn.insert(h.at().character(), "‹" + h.label() + "›");
            }
            sections.put(cursor.label(), drawn.toString().strip());
        }
        fixture.assertExpected(sections);
    }
}
