package dev.neam.tests.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.formatting.ItemFormatting;
import dev.neam.parser.syntax.NeamFormatter;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Formatting assembled from top-level items formatted one by one (what the server does after an
 * edit) gives exactly the text of formatting the whole file, on every valid fixture and sample,
 * for a fresh file and for a version where one item changed.
 */
class ItemFormattingTest {

    @TestFactory
    Stream<DynamicTest> sameTextAsTheWholeFileFormatter() {
        List<Path> files = Fixtures.validNeamSources();
        assertThat(files).hasSizeGreaterThan(250);
        return files.stream().map(file -> DynamicTest.dynamicTest(RepoPaths.repoRoot().relativize(file).toString(), () -> {
            String original = Fixtures.read(file);
            ItemFormatting items = new ItemFormatting();
            assertSame(items, original, "  ");
            assertSame(items, original, "\t");
            // an edit inside the file: a comment line in the middle, the rest reused
            int middle = original.indexOf('\n', original.length() / 2);
            if (middle > 0) {
                assertSame(items, original.substring(0, middle + 1) + "// added\n" + original.substring(middle + 1), "  ");
            }
        }));
    }

    @Test
    void mostFilesSplitIntoItems() {
        List<Path> files = Fixtures.list(RepoPaths.repoRoot().resolve("tests/src/test/resources/stdlib-corpus"), ".neam");
        long split = files.stream().map(Fixtures::read).filter(t -> NeamSyntax.parse(t).diagnostics().isEmpty())
                .filter(t -> assertSame(new ItemFormatting(), t, "  ")).count();
        assertThat(split).as("files formatted item by item").isGreaterThan(files.size() * 3L / 4);
    }

    @Test
    void laysOutTheTextBetweenItems() {
        String text = "let a = 1; // after a\n\n\n\n"
                + "/// documents f\n// and more\nfun f() { return a; }\n"
                + "let b = 2;\n/* block */ let c = 3;\n"
                + "agent A { provider: \"openai\" }\n\n// trailing\n";
        ItemFormatting items = new ItemFormatting();
        assertThat(assertSame(items, text, "  ")).isTrue();
        assertThat(assertSame(items, text.replace("let b = 2;", "let b = 22;"), "  ")).isTrue();
        assertThat(assertSame(items, "let x = 1;\r\nfun g() {\r\n  return x;\r\n}\r\n", "  ")).isTrue();
        // a shebang line is left to the whole-file formatter
        assertThat(assertSame(items, "#!/usr/bin/env neam\n" + text, "  ")).isFalse();
    }

    /** Whether the file was formatted item by item (else the caller formats it whole). */
    private static boolean assertSame(ItemFormatting items, String text, String indent) {
        ParseResult parse = NeamSyntax.parse(text);
        if (parse.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return false; // a file with syntax errors is never formatted
        }
        Optional<String> assembled = items.format(parse, indent);
        String whole = NeamFormatter.formatValid(text, indent);
        assembled.ifPresent(a -> assertThat(a).isEqualTo(whole));
        return assembled.isPresent();
    }
}
