package dev.neam.tests.docs;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.fix.FixCatalogue;
import dev.neam.parser.workspace.Suppressions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The quick fixes a code offers in the editor, as one line of the generated diagnostics catalogue. */
final class QuickFixDocs {
    /** What each fix family does, in the words of the docs. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("replace", "apply the suggested replacement"),
            Map.entry("rename", "rename to the suggested key or section"),
            Map.entry("quote", "quote the value"),
            Map.entry("unquote", "remove the quotes"),
            Map.entry("wrap_in_list", "wrap the value in a list"),
            Map.entry("remove", "remove the entry"),
            Map.entry("add", "add the missing key with a placeholder value"),
            Map.entry("create-declaration", "create the missing declaration at the end of the file"),
            Map.entry("remove-binding", "remove the unused variable, or rename it with a leading '_'"),
            Map.entry("replace_parameters", "write the parameters as params declares them"),
            Map.entry("add-key", "add the missing key"),
            Map.entry("join-lines", "write the array on one line"),
            Map.entry("yaml-add-key", "add the setting (creating its securityContext or httpGet block when it is missing)"),
            Map.entry("secret-key-ref", "take the value from a Secret with valueFrom.secretKeyRef"),
            Map.entry("delete", "delete it"),
            Map.entry("line-comments", "rewrite it as '//' line comments"));

    private QuickFixDocs() {
    }

    static String line(DiagnosticCode code) {
        List<String> families = FixCatalogue.families(code);
        String fixes = families.stream().map(f -> WORDS.getOrDefault(f, f)).collect(Collectors.joining("; "));
        if (FixCatalogue.suppressible(code) && Suppressions.nextLineComment(code).isPresent()) {
            fixes = fixes.isEmpty() ? "a suppression comment only" : fixes + "; or a suppression comment";
        }
        return "\nQuick fixes: " + (fixes.isEmpty() ? "none" : fixes) + ".\n";
    }
}
