package dev.neam.tests.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.highlight.IncrementalHighlighter;
import dev.neam.parser.semantic.highlight.SemanticToken;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Highlighting a new version by classifying again only the parts an edit touched gives exactly the
 * tokens of classifying the whole file ({@link Workspace#semanticTokens}, from scratch), over random
 * edits of every valid fixture, sample and stdlib-style file: characters typed, lines deleted or
 * duplicated, comments, braces and semicolons added (syntax errors included), names changed.
 * Both ways are checked: the names of the parts classified again resolved alone (after a keystroke)
 * or the whole file's names at hand. Seeded: {@code -Dneam.highlight.seed=N},
 * {@code -Dneam.highlight.edits=N} edits per file.
 */
class IncrementalHighlighterTest {
    private static final long SEED = Long.getLong("neam.highlight.seed", 20261207L);
    private static final int EDITS = Integer.getInteger("neam.highlight.edits", 12);
    private static final String TYPED = "abxyz_019 ;}{\n\"/(),.:=#";

    @TempDir
    Path project;

    @TestFactory
    Stream<DynamicTest> sameTokensAsTheWholeFileAfterRandomEdits() {
        List<Path> files = Fixtures.validNeamSources();
        assertThat(files).hasSizeGreaterThan(250);
        return files.stream().map(file -> DynamicTest.dynamicTest(RepoPaths.repoRoot().relativize(file).toString(), () -> {
            Random random = new Random(SEED ^ file.getFileName().toString().hashCode());
            String text = Fixtures.read(file);
            Editing editing = new Editing(project.resolve("edited.neam"));
            editing.check(text);
            for (int i = 0; i < EDITS; i++) {
                text = edit(text, random);
                // mostly as after a keystroke (names not resolved yet), sometimes with the file's names resolved
                editing.check(text, random.nextInt(4) != 0);
            }
        }));
    }

    @Test
    void partsBeforeAndAfterAnEditAreReused() {
        Path file = RepoPaths.repoRoot().resolve("tests/src/test/resources/stdlib-corpus");
        List<Path> sources = Fixtures.list(file, ".neam");
        long reused = 0;
        long parts = 0;
        for (Path source : sources) {
            String text = Fixtures.read(source);
            Editing editing = new Editing(project.resolve("reused.neam"));
            editing.check(text);
            int middle = text.indexOf('\n', text.length() / 2);
            if (middle < 0 || !editing.clean()) {
                continue;
            }
            editing.check(text.substring(0, middle + 1) + "// typed\n" + text.substring(middle + 1));
            if (editing.clean()) {
                reused += editing.highlighter.reusedParts();
                parts += editing.highlighter.parts();
            }
        }
        assertThat(parts).isGreaterThan(100);
        // one part is classified again (the comment and the item after it), the others come from before
        assertThat(reused).as("parts reused of " + parts).isGreaterThan(parts * 3 / 4);
    }

    @Test
    void namesThatResolveDifferentlyArePaintedAgain() {
        Editing editing = new Editing(project.resolve("kinds.neam"));
        String before = """
                agent Billing { provider: "openai" }
                agent Triage {
                  provider: "openai"
                  handoffs: [Billing]
                }
                fun route() { return Billing; }
                """;
        editing.check(before);
        // only the first item's text changes; the others' names now resolve to a skill
        editing.check(before.replace("agent Billing", "skill Billing"));
        assertThat(editing.clean()).isTrue();
        assertThat(editing.highlighter.parts()).isEqualTo(4);
        assertThat(editing.highlighter.reusedParts()).isEqualTo(1); // the empty part after the last item
        // and a line added before them moves them without classifying them again
        editing.check("\n" + before.replace("agent Billing", "skill Billing"));
        assertThat(editing.highlighter.reusedParts()).isEqualTo(3);
    }

    /** One document edited again and again, highlighted incrementally and from scratch. */
    private static final class Editing {
        final Workspace workspace;
        final Path file;
        final IncrementalHighlighter highlighter = new IncrementalHighlighter();
        private ParseResult parse;

        Editing(Path file) {
            this.file = file;
            this.workspace = new Workspace(AnalysisOptions.DEFAULT, Set.of("print", "len")::contains, f -> file.getParent());
        }

        void check(String text) {
            check(text, true);
        }

        /** With {@code scoped}, only the names of the parts classified again are resolved; else the whole file's. */
        void check(String text, boolean scoped) {
            workspace.update(file, file.getFileName().toString(), text); // re-parses incrementally from the last version
            parse = workspace.parse(file);
            List<SemanticToken> incremental = scoped
                    ? highlighter.highlight(parse, workspace.fileScope(file).orElseThrow())
                    : highlighter.highlight(parse, workspace.resolution(file).orElseThrow());
            assertThat(incremental).as("after the edit giving:\n%s", text).isEqualTo(workspace.semanticTokens(file));
        }

        boolean clean() {
            return parse.diagnostics().isEmpty();
        }
    }

    /** One random edit, of the kinds a person makes while typing. */
    private static String edit(String text, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int lineEnd = text.indexOf('\n', at) < 0 ? text.length() : text.indexOf('\n', at) + 1;
        return switch (random.nextInt(8)) {
            case 0, 1 -> text.substring(0, at) + TYPED.charAt(random.nextInt(TYPED.length())) + text.substring(at);
            case 2 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(4)));
            case 3 -> text.substring(0, lineStart) + text.substring(lineEnd); // a line deleted
            case 4 -> text.substring(0, lineStart) + text.substring(lineStart, lineEnd) + text.substring(lineStart); // duplicated
            case 5 -> text.substring(0, lineStart) + "// a comment\n" + text.substring(lineStart);
            case 6 -> text.substring(0, lineStart) + "\n\n" + text.substring(lineStart); // lines moved down
            default -> renamed(text, random);
        };
    }

    /** A word of the file replaced everywhere by another word of it (a declaration renamed, a kind changed). */
    private static String renamed(String text, Random random) {
        String[] words = text.split("[^A-Za-z_]+");
        if (words.length < 2) {
            return text;
        }
        String from = words[random.nextInt(words.length)];
        String to = words[random.nextInt(words.length)];
        return from.isEmpty() || to.isEmpty() ? text : text.replaceAll("\\b" + from + "\\b", to);
    }
}
