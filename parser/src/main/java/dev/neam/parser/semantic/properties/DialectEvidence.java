package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.language.ConstructSpec;
import dev.neam.parser.language.Dialect;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.TreeNodes;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything in a file that only some dialects have: declaration kinds, keys of kinds that both
 * dialects share, and core constructs ({@code for … in}, {@code try/catch}, f-strings …). Which
 * kinds and keys are dialect-specific is data; which syntax node is which construct is the small
 * table in {@link #constructOf}.
 *
 * @param what how a message names it ("'runner'", "the key 'handoffs'", "a `for … in` loop")
 */
record DialectEvidence(Range range, String what, Set<Dialect> dialects) {

    static List<DialectEvidence> of(FileContext context) {
        return context.memo(DialectEvidence.class, DialectEvidence::collect);
    }

    private static List<DialectEvidence> collect(FileContext context) {
        FileDeclarations file = FileDeclarations.of(context);
        Vocabulary vocabulary = file.vocabulary();
        List<DialectEvidence> out = new ArrayList<>();
        for (DeclaredKind declared : file.known()) {
            KindSpec kind = declared.kind();
            if (kind.dialects().size() == 1) {
                // A header both dialects use with different meanings (task, handoff) says which one it was read as.
                boolean shared = vocabulary.kinds(kind.header()).size() > 1;
                String what = "'" + kind.name() + "'" + (shared
                        ? " (read as its " + vocabulary.describe(kind.dialects()) + " form)" : "");
                out.add(new DialectEvidence(DeclarationKindCheck.headerRange(declared.decl().keywords()), what,
                        kind.dialects()));
            }
        }
        for (BlockVisit visit : file.blocks()) {
            Set<Dialect> kindDialects = visit.owner().kind().dialects();
            for (Member member : visit.members()) {
                Optional<PropertySpec> spec = member.key() == null ? Optional.empty()
                        : visit.spec().property(member.key().text());
                if (spec.isPresent() && !spec.get().dialects().isEmpty()
                        && !spec.get().dialects().containsAll(kindDialects)) {
                    out.add(new DialectEvidence(member.key().range(), "the key '" + spec.get().key() + "' of "
                            + visit.owner().kind().name(), spec.get().dialects()));
                }
            }
        }
        SourceText text = context.text();
        for (Node node : TreeNodes.of(context).nodes()) {
            constructOf(node).ifPresent(found -> vocabulary.construct(found.id())
                    .ifPresent(construct -> out.add(evidence(construct, found, node, text))));
        }
        out.sort(Comparator.comparing((DialectEvidence e) -> e.range().start()));
        return List.copyOf(out);
    }

    /** A construct and the keyword that starts it in the source, for a syntax node that is one. */
    private record Found(String id, String keyword, Position searchFrom) {
    }

    private static Optional<Found> constructOf(Node node) {
        Found found = null; // the node's start is asked for only when it is a construct: this runs for every node
        if (node instanceof Stmt.Try) {
            found = new Found("try_catch", "try", node.range().start());
        } else if (node instanceof Stmt.Throw) {
            found = new Found("throw", "throw", node.range().start());
        } else if (node instanceof Stmt.For) {
            found = new Found("for_in", "for", node.range().start());
        } else if (node instanceof Expr.Match) {
            found = new Found("match", "match", node.range().start());
        } else if (node instanceof Decl.Struct) {
            found = new Found("struct", "struct", node.range().start());
        } else if (node instanceof Decl.Trait) {
            found = new Found("trait", "trait", node.range().start());
        } else if (node instanceof Decl.Sealed) {
            found = new Found("sealed", "sealed", node.range().start());
        } else if (node instanceof Decl.Impl) {
            found = new Found("impl", "impl", node.range().start());
        } else if (node instanceof Decl.Extend) {
            found = new Found("extend", "extend", node.range().start());
        } else if (node instanceof Expr.Spawn) {
            found = new Found("spawn", "spawn", node.range().start());
        } else if (node instanceof Expr.FString) {
            found = new Found("fstring", "f", node.range().start());
        } else if (node instanceof Expr.Binary b && b.operator().equals("|>") && b.left() != null) {
            found = new Found("pipe", "|>", b.left().range().end());
        } else if (node instanceof Decl.Import i && "adopt".equals(i.keyword())) {
            found = new Found("adopt", "adopt", node.range().start());
        }
        return Optional.ofNullable(found);
    }

    /** The evidence sits on the construct's keyword when it can be found on its first line, else on the node's start. */
    private static DialectEvidence evidence(ConstructSpec construct, Found found, Node node, SourceText text) {
        Position from = found.searchFrom();
        Range range = Range.empty(from);
        if (from.line() >= 0 && from.line() < text.lineCount()) {
            String line = text.lineText(from.line());
            int at = line.indexOf(found.keyword(), Math.min(from.character(), line.length()));
            if (at >= 0) {
                range = Range.of(from.line(), at, from.line(), at + found.keyword().length());
            }
        }
        if (node instanceof Expr.FString && node.range().start().line() == node.range().end().line()) {
            range = node.range();
        }
        return new DialectEvidence(range, dev.neam.parser.language.PropertySpec.article(construct.label()),
                construct.dialects());
    }
}
