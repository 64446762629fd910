package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.documents.ParsedDocuments;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Other files can only be affected by what a file declares at its top level (what they can import
 * or refer to). So: when the set of top-level declarations of an analysed document changes, every
 * other open Neam document is affected; a file changed on disk affects every open Neam document
 * but itself. Edits inside bodies, the common case, affect nobody else.
 */
public final class DeclaredNamesChanged implements AffectedDocuments {
    private final ParsedDocuments parsed;
    private final Map<String, Set<String>> lastDeclared = new ConcurrentHashMap<>();

    public DeclaredNamesChanged(ParsedDocuments parsed) {
        this.parsed = parsed;
    }

    @Override
    public List<DocumentSnapshot> affectedBy(DocumentSnapshot analysed, Collection<DocumentSnapshot> open) {
        List<DocumentSnapshot> others = open.stream()
                .filter(d -> !d.uri().equals(analysed.uri()) && d.isNeam()).toList();
        if (others.isEmpty()) {
            return List.of(); // nobody to tell: skip the parse
        }
        Set<String> declared = declared(parsed.parse(analysed).tree());
        Set<String> before = lastDeclared.put(analysed.uri(), declared);
        return before == null || before.equals(declared) ? List.of() : others;
    }

    @Override
    public List<DocumentSnapshot> affectedByFiles(Collection<String> uris, Collection<DocumentSnapshot> open) {
        return open.stream().filter(d -> d.isNeam() && !uris.contains(d.uri())).toList();
    }

    public void forget(String uri) {
        lastDeclared.remove(uri);
    }

    /** "kind name" of each top-level declaration, e.g. {@code "agent Triage"}, {@code "fun handle"}. */
    static Set<String> declared(SourceFile file) {
        Set<String> names = new TreeSet<>();
        for (Stmt item : file.items()) {
            if (item instanceof Decl.Domain d) {
                names.add(d.kind() + " " + text(d.name()));
            } else if (item instanceof Decl.Function f) {
                names.add("fun " + text(f.name()));
            } else if (item instanceof Decl.Struct s) {
                names.add("struct " + text(s.name()));
            } else if (item instanceof Decl.Trait t) {
                names.add("trait " + text(t.name()));
            } else if (item instanceof Decl.Sealed s) {
                names.add("sealed " + text(s.name()));
            } else if (item instanceof Decl.Const c) {
                names.add("const " + text(c.name()));
            } else if (item instanceof Decl.Binding b) {
                names.add(text(b.keyword()) + " " + text(b.name()));
            } else if (item instanceof Decl.Module m && m.path() != null) {
                names.add("module " + m.path().dotted());
            } else if (item instanceof Decl.Let l && l.pattern() instanceof Decl.LetPattern.Single s) {
                names.add("let " + text(s.name()));
            }
        }
        return names;
    }

    private static String text(Name name) {
        return name == null ? "" : name.text();
    }
}
