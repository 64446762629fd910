package dev.neam.parser.assist.hover;

import dev.neam.parser.assist.DocComments;
import dev.neam.parser.assist.Modules;
import dev.neam.parser.assist.NodePath;
import dev.neam.parser.assist.Signatures;
import dev.neam.parser.assist.ValueText;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Param;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What hovering a user's name shows: a summary of its declaration. A declaration lists its
 * properties (long strings such as a system prompt as their first lines), a function its signature
 * and {@code ///} docs, a local where it is declared, and a name from another file that file.
 */
final class SymbolSummaries {
    private static final int MAX_PROPERTIES = 12;
    private static final int PROSE_LINES = 3;

    private final Workspace workspace;
    private final Path file;

    SymbolSummaries(Workspace workspace, Path file) {
        this.workspace = workspace;
        this.file = file;
    }

    String summary(Symbol symbol) {
        ParseResult home = homeOf(symbol);
        if (home == null) {
            return new Markdown().code(symbol.describe()).build();
        }
        SourceText text = home.text();
        Markdown md = new Markdown();
        Node node = symbol.node();
        if (node instanceof Decl.Domain d) {
            domain(md, d, text);
        } else if (node instanceof Decl.Binding b) {
            md.code(visibility(b.visibility()) + (b.keyword() == null ? "" : b.keyword().text() + " ") + symbol.name()
                    + (b.value() == null ? "" : " = " + ValueText.brief(b.value(), text, 80)));
            md.paragraph(b.doc());
        } else if (node instanceof Decl.Function f) {
            md.code(Signatures.function(f, text));
            documented(md, DocComments.of(f.doc()));
        } else if (node instanceof Decl.Const c) {
            md.code(visibility(c.visibility()) + "const " + symbol.name() + (c.type() == null ? "" : ": " + c.type().text())
                    + (c.value() == null ? "" : " = " + ValueText.brief(c.value(), text, ValueText.MAX)));
            md.paragraph(c.doc());
        } else if (node instanceof Decl.Let l) {
            md.code(visibility(l.visibility()) + "let " + symbol.name() + (l.type() == null ? "" : ": " + l.type().text())
                    + (l.value() == null ? "" : " = " + ValueText.brief(l.value(), text, ValueText.MAX)));
        } else if (node instanceof Stmt.For loop) {
            md.code("for " + String.join(", ", loop.variables().stream().map(n -> n.text()).toList()) + " in "
                    + ValueText.brief(loop.iterable(), text, ValueText.MAX));
        } else if (node instanceof Param p) {
            md.code("(parameter) " + ValueText.oneLine(text.slice(p.range())));
        } else if (node instanceof Decl.Struct s) {
            md.code("struct " + symbol.name()).paragraph(s.doc());
            md.bullets(s.fields().stream().filter(f -> f.name() != null)
                    .map(f -> Markdown.inline(ValueText.oneLine(text.slice(f.range())))).toList());
        } else if (node instanceof Decl.Trait t) {
            md.code("trait " + symbol.name()).paragraph(t.doc());
            md.bullets(t.methods().stream().map(m -> Markdown.inline(Signatures.function(m, text))).toList());
        } else if (node instanceof Decl.Sealed s) {
            md.code("sealed " + symbol.name()).paragraph(s.doc());
            md.bullets(s.variants().stream().map(v -> Markdown.inline(ValueText.oneLine(text.slice(v.range())))).toList());
        } else if (node instanceof Decl.Variant v) {
            md.code(ValueText.oneLine(text.slice(v.range())));
        } else if (symbol.kind() == SymbolKind.IMPORT) {
            md.code("import " + symbol.name());
            md.paragraph("Imported from a module that is not part of this project.");
        } else {
            md.code("(" + symbol.describe().replace(" '" + symbol.name() + "'", "") + ") " + symbol.name());
        }
        md.paragraph(where(symbol, home));
        return md.build();
    }

    /** A {@code ///} comment: its text, then its {@code @param} and {@code @returns} tags as a list. */
    private static void documented(Markdown md, DocComments doc) {
        md.paragraph(doc.text());
        List<String> tags = new ArrayList<>();
        doc.params().forEach((name, text) -> tags.add(Markdown.inline(name) + (text.isBlank() ? "" : " — " + text)));
        if (!doc.returns().isBlank()) {
            tags.add("returns " + doc.returns());
        }
        md.bullets(tags);
    }

    private void domain(Markdown md, Decl.Domain d, SourceText text) {
        md.code(visibility(d.visibility()) + d.kind() + " " + (d.name() == null ? "" : d.name().text()));
        md.paragraph(d.doc());
        List<String> properties = new ArrayList<>();
        List<Member.Property> prose = new ArrayList<>();
        for (Member m : d.members()) {
            if (m instanceof Member.Property p && p.key() != null && p.value() != null) {
                if (ValueText.isProse(p.value())) {
                    prose.add(p);
                } else if (properties.size() < MAX_PROPERTIES) {
                    properties.add("**" + p.key().text() + "**: " + Markdown.inline(ValueText.brief(p.value(), text, 80)));
                }
            } else if (m instanceof Member.Handler h && h.key() != null && properties.size() < MAX_PROPERTIES) {
                properties.add(Markdown.inline(h.key().text() + "(" + String.join(", ",
                        h.params().stream().map(p -> ValueText.oneLine(text.slice(p.range()))).toList()) + ")"));
            }
        }
        md.bullets(properties);
        for (Member.Property p : prose) {
            md.paragraph("**" + p.key().text() + "**:");
            md.quote(ValueText.firstLines((Expr.Literal) p.value(), PROSE_LINES));
        }
    }

    /** Where the name is declared: its file when that is another one, the enclosing function for locals. */
    private String where(Symbol symbol, ParseResult home) {
        List<String> parts = new ArrayList<>();
        boolean local = symbol.kind() == SymbolKind.PARAMETER || symbol.kind() == SymbolKind.VARIABLE
                || symbol.kind() == SymbolKind.CONSTANT;
        if (local) {
            String owner = NodePath.at(home.tree(), symbol.nameRange().start()).nodes().stream()
                    .map(SymbolSummaries::ownerName).filter(n -> n != null).reduce((a, b) -> b).orElse(null);
            String line = "line " + (symbol.nameRange().start().line() + 1);
            parts.add(owner == null ? "Declared on " + line : "Declared in " + owner + ", " + line);
        }
        Path defining = pathOf(symbol);
        if (defining != null && !defining.equals(file)) {
            parts.add("Defined in " + Markdown.inline(relative(defining)));
        }
        return String.join(" · ", parts);
    }

    private static String ownerName(Node node) {
        if (node instanceof Decl.Function f && f.name() != null) {
            return Markdown.inline((f.keyword() == null ? "fun" : f.keyword()) + " " + f.name().text());
        }
        if (node instanceof Member.Handler h && h.key() != null) {
            return "the " + Markdown.inline(h.key().text()) + " handler";
        }
        if (node instanceof Expr.Lambda) {
            return "a lambda";
        }
        if (node instanceof Decl.Test) {
            return "a test";
        }
        return null;
    }

    private String relative(Path defining) {
        return Modules.relative(file, defining);
    }

    private ParseResult homeOf(Symbol symbol) {
        Path p = pathOf(symbol);
        return p == null ? null : workspace.parse(p);
    }

    /** The file of a symbol: symbols carry the display path, which is the file path for files on disk. */
    static Path pathOf(Symbol symbol) {
        try {
            return Path.of(symbol.path()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String visibility(String v) {
        return v == null || v.isBlank() ? "" : v + " ";
    }
}
