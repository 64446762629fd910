package dev.neam.tests.completion;

import dev.neam.parser.assist.completion.Completion;
import dev.neam.parser.assist.completion.CompletionEngine;
import dev.neam.parser.assist.completion.CompletionList;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.cursor.CursorFixture;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Completion at every marker of the fixtures under {@code fixtures/cursor/completion/}, rendered as
 * the client would list them after filtering by the word typed before the cursor: label, kind,
 * detail, the replaced range and the inserted text (the snippet when there is one). A fixture picks
 * the language profile with {@code // language-version: 0.6}.
 */
class CompletionFixtureTest {
    private static final Pattern VERSION = Pattern.compile("(?m)^\\s*// language-version: *(\\S+)\\s*$");
    /** Longer lists are cut in the golden; the first entries show the order. */
    private static final int SHOWN = 40;

    @TempDir
    Path temp;

    static Stream<Path> fixtures() {
        return CursorFixture.all("completion").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void completion(Path source) {
        CursorFixture fixture = CursorFixture.load(source, temp);
        String all = String.join("\n", fixture.files().values());
        Matcher version = VERSION.matcher(all);
        String languageVersion = version.find() ? version.group(1) : "auto";
        Workspace workspace = fixture.workspace(new AnalysisOptions(languageVersion, Map.of()));
        CompletionEngine engine = new CompletionEngine(Vocabulary.load(), languageVersion);
        Map<String, String> sections = new LinkedHashMap<>();
        for (CursorFixture.Cursor cursor : fixture.cursors()) {
            CompletionList list = engine.complete(workspace, cursor.file(fixture.root()), cursor.position());
            sections.put(cursor.label(), render(list, new SourceText(fixture.text(cursor)), cursor));
        }
        fixture.assertExpected(sections);
    }

    static String render(CompletionList list, SourceText text, CursorFixture.Cursor cursor) {
        List<Completion> shown = list.items().stream()
                .filter(c -> matches(c, typed(text, c, cursor)))
                .sorted(Comparator.comparing((Completion c) -> c.sortText() == null ? c.label() : c.sortText())
                        .thenComparing(Completion::label))
                .toList();
        if (shown.isEmpty()) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder();
        if (list.incomplete()) {
            out.append("(incomplete)\n");
        }
        shown.stream().limit(SHOWN).forEach(c -> out.append(c.label()).append("  [")
                .append(c.kind().name().toLowerCase(Locale.ROOT)).append("]  ").append(c.detail())
                .append("  @").append(c.range()).append("  => ")
                .append((c.snippet() != null ? c.snippet() : c.insertText()).replace("\n", "\\n").replace("\t", "\\t"))
                .append(c.deprecated() ? "  (deprecated)" : "").append('\n'));
        if (shown.size() > SHOWN) {
            out.append("… ").append(shown.size() - SHOWN).append(" more\n");
        }
        return out.toString();
    }

    /** What the user typed inside the replaced range, before the cursor: what a client filters by. */
    private static String typed(SourceText text, Completion c, CursorFixture.Cursor cursor) {
        int start = text.offsetAt(c.range().start());
        int at = text.offsetAt(cursor.position());
        return start <= at ? text.text().substring(start, at) : "";
    }

    private static boolean matches(Completion c, String typed) {
        String against = c.filterText() != null ? c.filterText() : c.label();
        return against.toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT));
    }
}
