package dev.neam.tests.cursor;

import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import dev.neam.tests.fixture.FixtureParser;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.Goldens;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cursor fixture: Neam code (one file, or a small project with {@code //- path} headers) in which
 * {@code $0} … {@code $9} mark where a feature is asked (completion, hover, definition…). The
 * markers are removed before anything sees the text. The expectation stands beside the fixture as
 * {@code name.expected}, the feature's answers rendered as text, one section per marker; it is
 * rewritten with {@code -DupdateGoldens=true} and otherwise must match exactly.
 *
 * <p>Money amounts such as {@code $5} would read as markers, so cursor fixtures write budgets
 * without a digit right after {@code $}.
 */
public record CursorFixture(Path source, Path root, Map<String, String> files, List<Cursor> cursors) {
    private static final Pattern MARKER = Pattern.compile("\\$([0-9])");

    /** A marked place: the marker's label ({@code "$0"}), the file (relative path) and its position. */
    public record Cursor(String label, String path, Position position) {
        public Path file(Path root) {
            return root.resolve(path).toAbsolutePath().normalize();
        }
    }

    /** The fixtures of one feature folder, {@code fixtures/cursor/<feature>/**.neam}. */
    public static List<Path> all(String feature) {
        return all(feature, ".neam");
    }

    /** The fixtures of a feature folder whose files have another extension ({@code .toml}, {@code .project}). */
    public static List<Path> all(String feature, String extension) {
        return Fixtures.list(RepoPaths.fixturesRoot().resolve("cursor").resolve(feature), extension);
    }

    /** Reads a fixture, strips its markers and writes its files under {@code root} (features may read the disk). */
    public static CursorFixture load(Path source, Path root) {
        Fixture fixture = FixtureParser.parse(source.getFileName().toString(), Fixtures.read(source));
        Map<String, String> files = new LinkedHashMap<>();
        List<Cursor> cursors = new ArrayList<>();
        for (FixtureFile file : fixture.files()) {
            String path = fixture.multiFile() ? file.path() : "src/" + file.path();
            StringBuilder clean = new StringBuilder();
            Matcher m = MARKER.matcher(file.text());
            int last = 0;
            List<Integer> offsets = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            while (m.find()) {
                clean.append(file.text(), last, m.start());
                offsets.add(clean.length());
                labels.add(m.group());
                last = m.end();
            }
            clean.append(file.text().substring(last));
            SourceText text = new SourceText(clean.toString());
            for (int i = 0; i < offsets.size(); i++) {
                cursors.add(new Cursor(labels.get(i), path, text.positionAt(offsets.get(i))));
            }
            files.put(path, clean.toString());
        }
        if (cursors.isEmpty()) {
            throw new IllegalStateException(source + ": a cursor fixture needs at least one $0 marker");
        }
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = root.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue());
            }
            if (!files.containsKey("neam.toml")) {
                Files.writeString(root.resolve("neam.toml"), "[project]\nname = \"fixture\"\nversion = \"0.1.0\"\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CursorFixture(source, root, files, cursors);
    }

    /** A workspace holding every Neam file of the fixture, as the server would after opening them. */
    public Workspace workspace(AnalysisOptions options) {
        Workspace workspace = new Workspace(options);
        files.forEach((path, text) -> {
            if (path.endsWith(".neam")) {
                Path file = root.resolve(path).toAbsolutePath().normalize();
                workspace.update(file, file.toString(), text);
            }
        });
        return workspace;
    }

    public String text(Cursor cursor) {
        return files.get(cursor.path());
    }

    /**
     * Compares the rendered answers with {@code name.expected} beside the fixture (or writes it
     * under {@code -DupdateGoldens=true}). Each section starts with the marker's label line.
     */
    public void assertExpected(Map<String, String> sections) {
        StringBuilder out = new StringBuilder();
        sections.forEach((label, body) -> {
            out.append("== ").append(label).append('\n').append(body.strip()).append('\n');
        });
        String name = source.getFileName().toString().replaceFirst("\\.[^.]+$", ".expected");
        Goldens.check(source.resolveSibling(name), out.toString(),
                "answers for " + source.getFileName() + ": rewrite with -DupdateGoldens=true after a deliberate change");
    }
}
