package dev.neam.tests.cursor;

import dev.neam.parser.assist.hover.HoverInfo;
import dev.neam.parser.assist.hover.Hovers;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hover at every marker of {@code fixtures/cursor/hover/*.neam}: the word's range and the Markdown shown. */
class HoverFixtureTest {
    @TempDir
    Path root;

    static List<Path> fixtures() {
        return CursorFixture.all("hover");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void hoverTexts(Path source) {
        CursorFixture fixture = CursorFixture.load(source, root);
        Workspace workspace = fixture.workspace(AnalysisOptions.DEFAULT);
        Hovers hovers = new Hovers();
        Map<String, String> sections = new LinkedHashMap<>();
        for (CursorFixture.Cursor cursor : fixture.cursors()) {
            Optional<HoverInfo> hover = hovers.hover(workspace, cursor.file(root), cursor.position());
            sections.put(cursor.label() + " " + cursor.path() + " " + cursor.position(),
                    hover.map(h -> "range " + h.range() + "\n" + h.markdown()).orElse("(nothing)"));
        }
        fixture.assertExpected(sections);
    }
}
