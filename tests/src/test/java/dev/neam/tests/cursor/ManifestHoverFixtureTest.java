package dev.neam.tests.cursor;

import dev.neam.parser.assist.hover.HoverInfo;
import dev.neam.parser.assist.manifest.ManifestHovers;
import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.ManifestSchema;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hover in neam.toml at every marker of {@code fixtures/cursor/manifest-hover/*.toml}: the range and the Markdown. */
class ManifestHoverFixtureTest {
    @TempDir
    Path root;

    static List<Path> fixtures() {
        return CursorFixture.all("manifest-hover", ".toml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void hoverTexts(Path source) {
        CursorFixture fixture = CursorFixture.load(source, root);
        ManifestHovers hovers = new ManifestHovers(ManifestSchema.get());
        Map<String, String> sections = new LinkedHashMap<>();
        for (CursorFixture.Cursor cursor : fixture.cursors()) {
            Optional<HoverInfo> hover = hovers.hover(ManifestDocument.parse(fixture.text(cursor)), cursor.position());
            sections.put(cursor.label() + " " + cursor.position(),
                    hover.map(h -> "range " + h.range() + "\n" + h.markdown()).orElse("(nothing)"));
        }
        fixture.assertExpected(sections);
    }
}
