package dev.neam.parser.fix;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code source.organizeImports}: the first run of {@code import}/{@code use}/{@code adopt} lines
 * of a file, sorted (plain before {@code pub}, then by keyword and module), written once each, with
 * the brace lists of one module merged and sorted. A name of a brace list is dropped only when it
 * is certainly unused: the word appears nowhere else in the file (name resolution does not record
 * every use of an imported name — declaration properties such as {@code skills: [x]} — so a
 * textual absence is the only certainty). {@code pub use} re-exports are never trimmed. A run with
 * comments between its lines is left alone, since there is no right place to move them to.
 */
public final class OrganizeImports {
    private OrganizeImports() {
    }

    public static Optional<Fix> of(SourceText text, SourceFile tree) {
        List<Decl.Import> run = firstRun(text, tree);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        Range whole = new Range(run.get(0).range().start(), run.get(run.size() - 1).range().end());
        int start = text.lineStart(whole.start().line());
        int end = text.lineEnd(whole.end().line());
        if (!text.text().substring(start, text.offsetAt(whole.start())).isBlank()
                || !text.text().substring(text.offsetAt(whole.end()), end).isBlank()) {
            return Optional.empty(); // an import sharing its line with other code
        }
        String rest = text.text().substring(0, start) + text.text().substring(end);
        boolean semicolons = run.stream().anyMatch(i -> text.slice(i.range()).strip().endsWith(";"));
        List<String> lines = render(text, run, rest, semicolons);
        String indent = Layout.indentOf(text, whole.start().line());
        String organized = String.join(Layout.newline(text) + indent, lines);
        Range replaced = text.range(text.offsetAt(whole.start()), end);
        if (organized.equals(text.slice(replaced))) {
            return Optional.empty();
        }
        return Optional.of(new Fix("organize-imports", "Organize imports",
                List.of(new TextEdit(replaced, organized)), false));
    }

    /** The first imports of the file that follow each other with only blanks between them. */
    private static List<Decl.Import> firstRun(SourceText text, SourceFile tree) {
        List<Decl.Import> run = new ArrayList<>();
        for (Stmt item : tree.items()) {
            if (item instanceof Decl.Import imp && imp.path() != null) {
                if (!run.isEmpty() && !between(text, run.get(run.size() - 1).range(), imp.range()).isBlank()) {
                    break;
                }
                run.add(imp);
            } else if (!run.isEmpty()) {
                break;
            }
        }
        return run;
    }

    private static String between(SourceText text, Range a, Range b) {
        int from = text.offsetAt(a.end());
        int to = text.offsetAt(b.start());
        return from <= to ? text.text().substring(from, to) : "x";
    }

    private record Line(String visibility, String keyword, String module, String written) {
    }

    private static List<String> render(SourceText text, List<Decl.Import> run, String rest, boolean semicolons) {
        String end = semicolons ? ";" : "";
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        Map<String, Line> heads = new LinkedHashMap<>();
        Set<Line> lines = new LinkedHashSet<>();
        for (Decl.Import imp : run) {
            String visibility = imp.visibility() == null ? "" : imp.visibility();
            String module = text.slice(imp.path().range());
            if (!imp.names().isEmpty() && imp.alias() == null && !imp.wildcard()) {
                String head = (visibility.isEmpty() ? "" : visibility + " ") + imp.keyword() + " " + module;
                heads.putIfAbsent(head, new Line(visibility, imp.keyword(), module, head));
                Set<String> names = merged.computeIfAbsent(head, h -> new TreeSet<>());
                for (Name name : imp.names()) {
                    if (!visibility.isEmpty() || used(name.text(), rest)) {
                        names.add(name.text());
                    }
                }
            } else {
                String written = text.slice(imp.range()).strip();
                written = written.endsWith(";") ? written.substring(0, written.length() - 1).strip() : written;
                lines.add(new Line(visibility, imp.keyword(), module, written + end));
            }
        }
        String separator = run.stream().filter(i -> !i.names().isEmpty())
                .map(i -> text.slice(i.range()).contains("::{") ? "::" : ".").findFirst().orElse(".");
        merged.forEach((head, names) -> {
            if (!names.isEmpty()) {
                Line h = heads.get(head);
                lines.add(new Line(h.visibility(), h.keyword(), h.module(),
                        head + separator + "{" + String.join(", ", names) + "}" + end));
            }
        });
        return lines.stream()
                .sorted(Comparator.comparing((Line l) -> !l.visibility().isEmpty())
                        .thenComparing(Line::keyword)
                        .thenComparing(Line::module)
                        .thenComparing(Line::written))
                .map(Line::written).distinct().toList();
    }

    private static boolean used(String name, String rest) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(rest).find();
    }
}
