package dev.neam.tests.navigation;

import dev.neam.parser.navigation.Occurrence;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.cursor.CursorFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Runs a navigation feature at every cursor of the fixtures of one folder and compares the rendered answers. */
final class NavigationFixtures {
    private NavigationFixtures() {
    }

    /** One dynamic test per fixture; {@code answer} renders the feature's answer at one cursor. */
    static Stream<DynamicTest> tests(String feature, BiFunction<Loaded, CursorFixture.Cursor, String> answer) {
        return CursorFixture.all(feature).stream().map(source -> DynamicTest.dynamicTest(
                source.getFileName().toString(), () -> {
                    Path root = Files.createTempDirectory("neam-" + feature);
                    CursorFixture fixture = CursorFixture.load(source, root);
                    Loaded loaded = new Loaded(fixture, fixture.workspace(AnalysisOptions.DEFAULT));
                    Map<String, String> sections = new LinkedHashMap<>();
                    for (CursorFixture.Cursor cursor : fixture.cursors()) {
                        sections.put(cursor.label() + " " + cursor.path() + ":" + (cursor.position().line() + 1)
                                + ":" + (cursor.position().character() + 1), answer.apply(loaded, cursor));
                    }
                    fixture.assertExpected(sections);
                }));
    }

    /** A fixture with the workspace holding its files. */
    record Loaded(CursorFixture fixture, Workspace workspace) {
        String relative(Path file) {
            return fixture.root().toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
        }

        SourceText text(Path file) {
            try {
                return new SourceText(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** `src/a.neam 3:5-3:9 [write]  let [x] = 1;`: where, what, and the line with the range bracketed. */
        String line(Path file, Range range, String tags) {
            SourceText text = text(file);
            String source = text.lineText(range.start().line());
            int from = range.start().character();
            int to = range.end().line() == range.start().line() ? range.end().character() : source.length();
            String marked = source.substring(0, from) + "[" + source.substring(from, to) + "]" + source.substring(to);
            return relative(file) + " " + (range.start().line() + 1) + ":" + (range.start().character() + 1) + "-"
                    + (range.end().line() + 1) + ":" + (range.end().character() + 1)
                    + (tags.isEmpty() ? "" : " [" + tags + "]") + "  " + marked.strip();
        }

        String occurrences(List<Occurrence> occurrences) {
            StringBuilder out = new StringBuilder();
            for (Occurrence o : occurrences) {
                String tags = (o.declaration() ? "declaration" : "") + (o.declaration() && o.write() ? ", " : "")
                        + (o.write() ? "write" : "");
                out.append(line(o.file(), o.range(), tags)).append('\n');
            }
            return out.isEmpty() ? "(none)" : out.toString();
        }
    }
}
