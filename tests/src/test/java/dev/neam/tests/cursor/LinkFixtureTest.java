package dev.neam.tests.cursor;

import dev.neam.parser.links.FileLink;
import dev.neam.parser.links.FileLinks;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Document links at marked places: the linked span and the target relative to the fixture root, or none. */
class LinkFixtureTest {
    @TempDir
    Path root;

    static Stream<Path> fixtures() {
        return CursorFixture.all("links").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void linksPointAtExistingFiles(Path source) {
        CursorFixture fixture = CursorFixture.load(source, root);
        Map<String, String> sections = new LinkedHashMap<>();
        for (CursorFixture.Cursor cursor : fixture.cursors()) {
            ParseResult parse = NeamSyntax.parse(fixture.text(cursor));
            List<FileLink> links = FileLinks.of(parse.tree(), cursor.file(root), AnalysisOptions.DEFAULT.languageVersion());
            String shown = links.stream()
                    .filter(l -> l.range().contains(cursor.position()))
                    .map(l -> l.range() + " " + parse.text().slice(l.range()) + " -> "
                            + root.toAbsolutePath().normalize().relativize(l.target()).toString().replace('\\', '/'))
                    .findFirst().orElse("(no link)");
            sections.put(cursor.label(), shown);
        }
        fixture.assertExpected(sections);
    }
}
