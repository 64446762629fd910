package dev.neam.tests.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.ast.AstPrinter;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Re-parsing after an edit gives exactly the tree and diagnostics of a parse from scratch: for
 * every syntax fixture, a series of edits (typing a character, deleting a range, adding and
 * removing lines, pasting a declaration, breaking and mending a brace) is applied one after the
 * other, and after each one {@link NeamSyntax#reparse} of the previous result is compared with
 * {@link NeamSyntax#parse}.
 */
@Execution(ExecutionMode.CONCURRENT) // the fixtures are independent
class IncrementalParseTest {
    private static final List<String> INSERTIONS = List.of("x", "1", " ", "\n", ";", "}", "{", "\"", "// note\n",
            "fun extra(a) { return a; }\n", "agent Extra {\n  provider: \"openai\"\n}\n", ".", "(", "let y = 2;\n");

    static Stream<Path> fixtures() {
        return Fixtures.list(RepoPaths.fixturesRoot().resolve("syntax"), ".neam").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reparseEqualsParseAfterEveryEdit(Path fixture) {
        String text = Fixtures.read(fixture);
        Random random = new Random(fixture.getFileName().toString().hashCode());
        ParseResult previous = NeamSyntax.parse(text);
        for (int step = 0; step < 40; step++) {
            String edited = edit(text, random);
            ParseResult incremental = NeamSyntax.reparse(previous, edited);
            countReuse(previous, incremental);
            assertSame(incremental, NeamSyntax.parse(edited), fixture + " after edit " + step);
            text = edited;
            previous = incremental;
            if (step % 10 == 9) { // undo-like: back to a state that parses cleanly, so reuse gets exercised
                text = Fixtures.read(fixture);
                ParseResult back = NeamSyntax.reparse(previous, text);
                assertSame(back, NeamSyntax.parse(text), fixture + " after going back");
                previous = back;
            }
        }
    }

    @Test
    void typingInsideOneDeclarationKeepsTheOthers() {
        String text = """
                agent A {
                  provider: "openai"
                }

                fun helper(x) {
                  return x;
                }

                agent B {
                  provider: "openai"
                }
                """;
        ParseResult first = NeamSyntax.parse(text);
        String edited = text.replace("return x;", "return x + 1;");
        ParseResult second = NeamSyntax.reparse(first, edited);
        assertSame(second, NeamSyntax.parse(edited), "edited body");
        assertThat(second.tree().items().get(0)).isSameAs(first.tree().items().get(0));
        assertThat(second.tree().items().get(2)).isSameAs(first.tree().items().get(2));
        assertThat(second.tree().items().get(1)).isNotSameAs(first.tree().items().get(1));
    }

    @Test
    void addingALineMovesTheItemsBelowWithoutParsingThem() {
        String text = """
                fun first(x) {
                  return x;
                }
                /// Second.
                fun second(y) { return y; }
                agent B {
                  provider: "openai"
                }
                """;
        ParseResult before = NeamSyntax.parse(text);
        String edited = text.replace("  return x;", "  let z = x;\n\n  return z;");
        ParseResult after = NeamSyntax.reparse(before, edited);
        assertSame(after, NeamSyntax.parse(edited), "two lines added to the first body");
        assertThat(after.tree().items().get(2).range().start().line()).isEqualTo(7);
        String removed = edited.replace("\n\n  return z;", " return z;");
        assertSame(NeamSyntax.reparse(after, removed), NeamSyntax.parse(removed), "two lines removed again");
    }

    private static final AtomicLong REUSED = new AtomicLong();

    private static void countReuse(ParseResult previous, ParseResult next) {
        Set<Object> old = Collections.newSetFromMap(new IdentityHashMap<>());
        old.addAll(previous.tree().items());
        REUSED.addAndGet(next.tree().items().stream().filter(old::contains).count());
    }

    @AfterAll
    static void reuseHappened() {
        System.out.println("[IncrementalParseTest] top-level items reused: " + REUSED.get());
        assertThat(REUSED.get()).as("items reused across all fixtures (else the fast path is never tested)")
                .isGreaterThan(1000);
    }

    private static void assertSame(ParseResult actual, ParseResult expected, String what) {
        // records compare every component, also those the printer leaves out (type ranges, doc text), so
        // equal trees print alike; the printed trees are compared only to show where unequal ones differ
        if (!actual.tree().equals(expected.tree())) {
            assertThat(AstPrinter.print(actual.tree())).as(what).isEqualTo(AstPrinter.print(expected.tree()));
        }
        assertThat(actual.tree().equals(expected.tree())).as(what + ": trees equal component by component").isTrue();
        assertThat(actual.diagnostics()).as(what).isEqualTo(expected.diagnostics());
        assertThat(actual.text().text()).as(what).isEqualTo(expected.text().text());
    }

    private static String edit(String text, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        switch (random.nextInt(6)) {
            case 4, 5 -> { // typing inside a word: usually keeps the file valid, so items get reused
                for (int tries = 0; tries < 20; tries++) {
                    int p = 1 + random.nextInt(Math.max(1, text.length() - 1));
                    if (p < text.length() && Character.isLetter(text.charAt(p - 1)) && Character.isLetterOrDigit(text.charAt(p))) {
                        return text.substring(0, p) + "q" + text.substring(p);
                    }
                }
                return text + "\n";
            }
            case 0 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(12));
                return text.substring(0, at) + text.substring(end);
            }
            case 1 -> {
                int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
                String insertion = INSERTIONS.get(random.nextInt(INSERTIONS.size()));
                return text.substring(0, lineStart) + insertion + text.substring(lineStart);
            }
            default -> {
                String insertion = INSERTIONS.get(random.nextInt(INSERTIONS.size()));
                return text.substring(0, at) + insertion + text.substring(at);
            }
        }
    }
}
