package dev.neam.tests.docs;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.workspace.Suppressions;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code docs/diagnostics.md} from the data: the catalogue ({@link DiagnosticCode}: id,
 * category, default severity, description, help), the quick fixes ({@link QuickFixDocs}) and, for
 * each code, its example ({@link DiagnosticExample}): the complete files of a project that triggers
 * it, what {@code neam-lsp lint} reports for them ({@link ExampleRuns}, the real jar), and the files
 * that change when it is fixed.
 */
public final class DiagnosticsDoc {

    private DiagnosticsDoc() {
    }

    /** The whole document. */
    public static String render(Map<String, DiagnosticExample> examples, Map<String, ExampleRuns.Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        out.append("""
                # Diagnostics

                <!-- Generated from DiagnosticCode and the examples in tests/src/test/resources/examples by DiagnosticsDocTest;
                     do not edit by hand. Regenerate: ./mvnw -B verify -pl tests -am -Dtest=DiagnosticsDocTest
                     -Dsurefire.failIfNoSpecifiedTests=false -DupdateDocs=true -->

                Every diagnostic has a stable code. The editor and `neam-lsp lint` report the same ones. To change a code's
                severity or turn it off for a project, use `rules` in the `[tool.neam-lsp]` table of `neam.toml` (see
                [ci.md](ci.md)). To silence one occurrence, write a comment on the line above it: `// neam-disable-next-line CODE`
                in a `.neam` file, `# neam-disable-next-line CODE` on a line of its own in `neam.toml`, YAML files and
                Dockerfiles.

                Each code comes with a complete example: the files of a small project that triggers it (save them in an empty
                folder and run `neam-lsp lint .` there), what lint reports for them, and the files as they are once it is
                fixed, for which lint reports nothing. A test runs every example through `neam-lsp lint`.

                | code | name | category | default severity | description |
                |---|---|---|---|---|
                """);
        for (DiagnosticCode code : DiagnosticCode.values()) {
            out.append("| [").append(code.id()).append("](#").append(code.id().toLowerCase(Locale.ROOT))
                    .append(") | ").append(title(code)).append(" | ").append(code.category().id()).append(" | ")
                    .append(code.defaultSeverity().id()).append(" | ").append(cell(code.description())).append(" |\n");
        }
        for (DiagnosticCode code : DiagnosticCode.values()) {
            out.append("\n## ").append(code.id()).append("\n\n");
            out.append("**").append(title(code)).append("** · ").append(code.category().id()).append(" · ")
                    .append(code.defaultSeverity().id()).append(" by default\n\n");
            out.append(code.description()).append("\n\n");
            DiagnosticExample example = examples.get(code.id());
            if (example != null) {
                out.append(example(example, outcomes.get(code.id())));
            }
            out.append("How to fix: ").append(code.help()).append('\n');
            out.append(suppression(code));
            out.append(QuickFixDocs.line(code));
        }
        return out.toString();
    }

    /** The example's files, what lint reports, and the files that change when it is fixed. */
    static String example(DiagnosticExample example, ExampleRuns.Outcome outcome) {
        StringBuilder out = new StringBuilder();
        List<DiagnosticExample.ExampleFile> bad = example.project(DiagnosticExample.BAD);
        out.append(bad.size() == 1 ? "Example:\n\n" : "Example project:\n\n");
        bad.forEach(f -> out.append(file(f)));
        if (example.environment() == null) {
            out.append("`neam-lsp lint")
                    .append(example.lintOptions().isEmpty() ? "" : " " + String.join(" ", example.lintOptions()))
                    .append(" .` reports:\n\n");
        } else {
            out.append("With `diagnostics.providerCredentials` on and ").append(example.environment())
                    .append(" not set, the editor reports (lint never does):\n\n");
        }
        out.append("```text\n");
        outcome.bad().forEach(f -> out.append(f.text()).append('\n'));
        out.append("```\n\n");
        List<DiagnosticExample.ExampleFile> changed = example.project(DiagnosticExample.FIXED).stream()
                .filter(f -> !f.side().equals("both")).toList();
        if (changed.isEmpty()) {
            out.append("Fixed: the same files, with ").append(example.environment()).append(" set where the program runs.\n\n");
        } else {
            out.append("Fixed:\n\n");
            changed.forEach(f -> out.append(file(f)));
        }
        return out.toString();
    }

    private static String file(DiagnosticExample.ExampleFile f) {
        if (f.binary()) {
            return "`" + f.path() + "`: " + f.content().length + " bytes of binary data\n\n";
        }
        String text = f.unit();
        String fence = text.contains("```") ? "````" : "```";
        String times = f.repeated() > 1 ? " these lines " + f.repeated() + " times (" + f.content().length + " bytes)" : "";
        return "`" + f.path() + "`" + times + ":\n\n" + fence + language(f.path()) + "\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n\n";
    }

    private static String language(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.endsWith(".neam")) {
            return "neam";
        }
        if (name.endsWith(".toml")) {
            return "toml";
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return "yaml";
        }
        if (name.startsWith("Dockerfile")) {
            return "dockerfile";
        }
        return name.endsWith(".md") ? "markdown" : "text";
    }

    /** How one occurrence is silenced, in the comment syntax of the files the code is about. */
    static String suppression(DiagnosticCode code) {
        return Suppressions.nextLineComment(code)
                .map(c -> "\nSilence one occurrence: `" + c + "` on the line above it"
                        + (c.startsWith("#") ? ", on a line of its own" : "") + ".\n")
                .orElse("\nSilence it: a file without text takes no comment; leave it out with `[tool.neam-lsp] exclude` or "
                        + "`--exclude`.\n");
    }

    /** {@code UNCLOSED_BRACE} reads "Unclosed brace". */
    static String title(DiagnosticCode code) {
        String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
