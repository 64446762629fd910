package dev.neam.tests.cursor;

import dev.neam.parser.assist.navigation.Definition;
import dev.neam.parser.assist.navigation.DefinitionFinder;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Go to definition at every marker of {@code fixtures/cursor/definition/*.neam}: origin and targets. */
class DefinitionFixtureTest {
    @TempDir
    Path root;

    static List<Path> fixtures() {
        return CursorFixture.all("definition");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void definitions(Path source) {
        CursorFixture fixture = CursorFixture.load(source, root);
        Workspace workspace = fixture.workspace(AnalysisOptions.DEFAULT);
        DefinitionFinder finder = new DefinitionFinder();
        Map<String, String> sections = new LinkedHashMap<>();
        for (CursorFixture.Cursor cursor : fixture.cursors()) {
            Optional<Definition> found = finder.find(workspace, cursor.file(root), cursor.position());
            sections.put(cursor.label() + " " + cursor.path() + " " + cursor.position(), found.map(d -> "origin "
                    + d.origin() + "\n" + d.targets().stream().map(t -> "-> " + relative(t.file()) + " name "
                    + t.selection() + " whole " + t.range() + "\n   " + nameAt(fixture, t))
                    .collect(Collectors.joining("\n"))).orElse("(nothing)"));
        }
        fixture.assertExpected(sections);
    }

    private String relative(Path file) {
        return root.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
    }

    /** The text the target selects, so the golden shows what is jumped to, not only coordinates. */
    private String nameAt(CursorFixture fixture, Definition.Target t) {
        String text = fixture.files().get(relative(t.file()));
        if (text == null) {
            return "";
        }
        String line = text.split("\n", -1)[t.selection().start().line()];
        return t.selection().isEmpty() ? "(start of file)" : "'" + line.substring(t.selection().start().character(),
                t.selection().end().line() == t.selection().start().line() ? t.selection().end().character() : line.length()) + "'";
    }
}
