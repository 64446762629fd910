package dev.neam.tests.docs;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import dev.neam.tests.fixture.Expectation;
import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import dev.neam.tests.fixture.FixtureFormatException;
import dev.neam.tests.fixture.FixtureParser;
import dev.neam.tests.support.Fixtures;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code docs/diagnostics.md} from the data: the catalogue ({@link DiagnosticCode}: id,
 * category, default severity, description, help) and, for each code, the first fixture annotated
 * with it (fixtures in path order), whose offending lines and message become the example.
 */
public final class DiagnosticsDoc {

    /** A fixture's annotated diagnostic, with the file it is in. */
    record Example(String fixture, FixtureFile file, Expectation expectation) {
    }

    private static final int MAX_EXAMPLE_LINES = 6;

    private DiagnosticsDoc() {
    }

    /** The whole document. */
    public static String render(Path fixturesRoot) {
        Map<String, Example> examples = examples(fixturesRoot);
        StringBuilder out = new StringBuilder();
        out.append("""
                # Diagnostics

                <!-- Generated from DiagnosticCode and the test fixtures by DiagnosticsDocTest; do not edit by hand.
                     Regenerate: ./mvnw -B verify -pl tests -am -Dtest=DiagnosticsDocTest -Dsurefire.failIfNoSpecifiedTests=false -DupdateDocs=true -->

                Every diagnostic has a stable code. The editor and `neam-lsp lint` report the same ones. To silence one
                occurrence, put `// neam-disable-next-line CODE` on the line above it; to change a code's severity or turn it
                off for a project, use `rules` in the `[tool.neam-lsp]` table of `neam.toml` (see [ci.md](ci.md)).

                Each example below is taken from a test fixture: the offending line, a marker under the reported range, and
                the message.

                | code | name | category | default severity | description |
                |---|---|---|---|---|
                """);
        for (DiagnosticCode code : DiagnosticCode.values()) {
            out.append("| [").append(code.id()).append("](#").append(code.id().toLowerCase(java.util.Locale.ROOT))
                    .append(") | ").append(title(code)).append(" | ").append(code.category().id()).append(" | ")
                    .append(code.defaultSeverity().id()).append(" | ").append(cell(code.description())).append(" |\n");
        }
        for (DiagnosticCode code : DiagnosticCode.values()) {
            out.append("\n## ").append(code.id()).append("\n\n");
            out.append("**").append(title(code)).append("** · ").append(code.category().id()).append(" · ")
                    .append(code.defaultSeverity().id()).append(" by default\n\n");
            out.append(code.description()).append("\n\n");
            Example example = examples.get(code.id());
            if (example == null) {
                out.append("Example: no fixture shows this code yet.\n\n");
            } else {
                out.append("Example (`").append(example.fixture());
                if (!example.fixture().endsWith(example.file().path())) {
                    out.append("`, file `").append(example.file().path());
                }
                out.append("`):\n\n");
                out.append(block(example));
                out.append('\n');
            }
            out.append("How to fix: ").append(code.help().isBlank() ? "(not written yet)" : code.help()).append('\n');
            out.append(QuickFixDocs.line(code));
        }
        return out.toString();
    }

    /** For each code, the first annotation with it, over the fixtures in path order. */
    static Map<String, Example> examples(Path fixturesRoot) {
        Map<String, Example> first = new LinkedHashMap<>();
        for (Path path : Fixtures.list(fixturesRoot, ".neam")) {
            String name = Fixtures.relativeName(fixturesRoot, path);
            Fixture fixture;
            try {
                fixture = FixtureParser.parse(name, Fixtures.read(path));
            } catch (FixtureFormatException e) {
                continue; // the fixture's own test reports it
            }
            for (FixtureFile file : fixture.files()) {
                for (Expectation e : file.expectations()) {
                    first.putIfAbsent(e.code(), new Example(name, file, e));
                }
            }
        }
        return first;
    }

    /** The offending lines, a marker line under a one-line range, and the message, in a code block. */
    static String block(Example example) {
        SourceText text = new SourceText(example.file().text());
        Expectation e = example.expectation();
        Range range = e.range();
        StringBuilder body = new StringBuilder();
        int last = Math.min(range.end().line(), range.start().line() + MAX_EXAMPLE_LINES - 1);
        for (int line = range.start().line(); line <= last; line++) {
            body.append(display(text.lineText(line))).append('\n');
        }
        String message = e.severity().id() + " " + e.code() + ": " + e.message();
        if (range.start().line() == range.end().line()) {
            int from = range.start().character();
            int width = Math.max(1, range.end().character() - from);
            body.append(" ".repeat(from)).append("^".repeat(width)).append(' ').append(message).append('\n');
        } else {
            body.append("(lines ").append(range.start().line() + 1).append('-').append(range.end().line() + 1)
                    .append(") ").append(message).append('\n');
        }
        String fence = body.indexOf("```") >= 0 ? "````" : "```";
        return fence + "neam\n" + body + fence + "\n";
    }

    /** A tab is one column in the fixtures' counting: show it as one space so the marker lines up. */
    private static String display(String line) {
        return line.replace('\t', ' ');
    }

    /** {@code UNCLOSED_BRACE} reads "Unclosed brace". */
    static String title(DiagnosticCode code) {
        String words = code.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
