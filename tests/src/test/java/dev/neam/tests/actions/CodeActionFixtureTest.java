package dev.neam.tests.actions;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.fix.Fix;
import dev.neam.parser.fix.OrganizeImports;
import dev.neam.parser.fix.QuickFixes;
import dev.neam.parser.fix.SortProperties;
import dev.neam.parser.fix.TextEdits;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.cursor.CursorFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per {@code fixtures/cursor/actions/*.neam}: at each marker, the findings there (the
 * marker stands on the finding's range) with their quick fixes, then the source actions; each
 * action with its title ({@code *} marks the preferred one, {@code -} the others) and the lines it
 * changes.
 */
class CodeActionFixtureTest {
    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> actionFixtures() {
        return CursorFixture.all("actions").stream().map(source -> DynamicTest.dynamicTest(
                source.getFileName().toString(), source.toUri(), () -> check(source)));
    }

    private void check(Path source) throws Exception {
        Path root = Files.createDirectories(temp.resolve(source.getFileName().toString().replace(".neam", "")));
        CursorFixture fixture = CursorFixture.load(source, root);
        Workspace workspace = fixture.workspace(AnalysisOptions.DEFAULT);
        Map<String, String> sections = new LinkedHashMap<>();
        for (CursorFixture.Cursor cursor : fixture.cursors()) {
            sections.put(cursor.label(), render(workspace, cursor.file(root), cursor.position()));
        }
        fixture.assertExpected(sections);
    }

    static String render(Workspace workspace, Path file, Position at) {
        ParseResult parse = workspace.parse(file);
        String text = parse.text().text();
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : workspace.diagnostics(file)) {
            if (!d.range().contains(at) && !d.range().start().equals(at)) {
                continue;
            }
            out.append(d.code().id()).append(' ').append(d.message()).append('\n');
            for (Fix fix : QuickFixes.ofStrict(Actions.context(workspace, file, d))) {
                append(out, fix, text);
            }
        }
        OrganizeImports.of(parse.text(), parse.tree()).ifPresent(f -> append(out, f, text));
        SortProperties.at(parse.text(), parse.tree(), at, Vocabulary.load())
                .ifPresent(f -> append(out, f, text));
        return out.length() == 0 ? "(no action)" : out.toString();
    }

    private static void append(StringBuilder out, Fix fix, String text) {
        out.append(fix.preferred() ? "* " : "- ").append(fix.title()).append(" [").append(fix.id()).append("]\n");
        changedLines(text, TextEdits.apply(text, fix.edits())).lines()
                .forEach(line -> out.append(("    " + line).stripTrailing()).append('\n'));
    }

    /**
     * The lines that differ between two texts: the unchanged lines around them are left out, the
     * first changed line is named by its number, removed lines start with '-', added ones with '+'.
     */
    static String changedLines(String before, String after) {
        List<String> a = List.of(before.split("\n", -1));
        List<String> b = List.of(after.split("\n", -1));
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        StringBuilder out = new StringBuilder("@@ line ").append(head + 1).append('\n');
        a.subList(head, a.size() - tail).forEach(l -> out.append("- ").append(l).append('\n'));
        b.subList(head, b.size() - tail).forEach(l -> out.append("+ ").append(l).append('\n'));
        return out.toString();
    }

}
