package dev.neam.tests.completion;

import dev.neam.parser.assist.completion.CompletionList;
import dev.neam.parser.assist.manifest.ManifestCompletions;
import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.text.SourceText;
import dev.neam.tests.cursor.CursorFixture;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Completion in neam.toml at every marker of {@code fixtures/cursor/manifest-completion/*.toml},
 * rendered as {@link CompletionFixtureTest} renders Neam proposals: what the client lists after
 * filtering by the text typed in the replaced range.
 */
class ManifestCompletionFixtureTest {
    @TempDir
    Path root;

    static List<Path> fixtures() {
        return CursorFixture.all("manifest-completion", ".toml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void completion(Path source) {
        CursorFixture fixture = CursorFixture.load(source, root);
        ManifestCompletions completions = new ManifestCompletions(ManifestSchema.get());
        Map<String, String> sections = new LinkedHashMap<>();
        for (CursorFixture.Cursor cursor : fixture.cursors()) {
            String text = fixture.text(cursor);
            CompletionList list = completions.complete(ManifestDocument.parse(text), cursor.position());
            sections.put(cursor.label(), CompletionFixtureTest.render(list, new SourceText(text), cursor));
        }
        fixture.assertExpected(sections);
    }
}
