package dev.neam.tests.cursor;

import dev.neam.parser.assist.deploy.DeployHovers;
import dev.neam.parser.assist.hover.HoverInfo;
import dev.neam.parser.deploy.DeployCatalog;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.ProjectAnalyzer;
import dev.neam.parser.workspace.ProjectFiles;
import dev.neam.parser.workspace.ProjectOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hover on deploy files at every marker of {@code fixtures/cursor/deploy-hover/*.project}: the
 * project is analysed as lint does, and the hover shows the rules of the findings on the marker's line.
 */
class DeployHoverFixtureTest {
    @TempDir
    Path root;

    static List<Path> fixtures() {
        return CursorFixture.all("deploy-hover", ".project");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void hoverTexts(Path source) throws IOException {
        CursorFixture fixture = CursorFixture.load(source, root);
        Map<Path, List<Diagnostic>> findings = new LinkedHashMap<>();
        for (FileDiagnostics f : new ProjectAnalyzer(ProjectOptions.DEFAULT).analyze(
                ProjectFiles.find(List.of(root), ProjectOptions.DEFAULT).get(0))) {
            findings.put(Path.of(f.path()).toAbsolutePath().normalize(), f.diagnostics());
        }
        DeployHovers hovers = new DeployHovers(DeployCatalog.get(), "https://example.org/deploy-checks.md#deploy-checks");
        Map<String, String> sections = new LinkedHashMap<>();
        for (CursorFixture.Cursor cursor : fixture.cursors()) {
            List<Diagnostic> found = findings.getOrDefault(cursor.file(root), List.of());
            Optional<HoverInfo> hover = hovers.hover(new SourceText(fixture.text(cursor)), found, cursor.position());
            sections.put(cursor.label() + " " + cursor.path() + " " + cursor.position(),
                    hover.map(h -> "range " + h.range() + "\n" + h.markdown()).orElse("(nothing)"));
        }
        fixture.assertExpected(sections);
    }
}
