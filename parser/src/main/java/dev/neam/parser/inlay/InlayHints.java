package dev.neam.parser.inlay;

import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.semantic.AstNodes;
import dev.neam.parser.semantic.properties.DescribedBlocks;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Inlay hints of a file within a range: parameter names at calls and defaults of left-out keys. */
public final class InlayHints {
    private InlayHints() {
    }

    /** The hints inside {@code range}; the workspace must hold the file (names are resolved through it). */
    public static List<Hint> of(Workspace workspace, Path file, Range range, String languageVersion) {
        ParseResult parse = workspace.parse(file);
        if (parse == null || parse.tree() == null) {
            return List.of();
        }
        SourceFile tree = parse.tree();
        List<Hint> out = new ArrayList<>();
        AstNodes.walk(tree, node -> {
            if (node instanceof Expr.Call call && overlaps(call.range(), range)) {
                out.addAll(ParameterHints.of(call, callee -> symbolOf(workspace, file, callee)));
            }
        });
        for (DescribedBlocks.Block block : DescribedBlocks.of(tree, languageVersion)) {
            out.addAll(DefaultHints.of(block, parse.text()));
        }
        return out.stream()
                .filter(h -> !h.at().isBefore(range.start()) && !range.end().isBefore(h.at()))
                .sorted(Comparator.comparing(Hint::at))
                .toList();
    }

    /** What a plain-name callee refers to ({@code route(…)}, {@code len(…)}); method calls are left alone. */
    private static Optional<Symbol> symbolOf(Workspace workspace, Path file, Expr callee) {
        if (callee instanceof Expr.Identifier id) {
            Name name = id.name();
            return name == null ? Optional.empty() : workspace.symbolAt(file, name.range().start());
        }
        return Optional.empty();
    }

    private static boolean overlaps(Range a, Range b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }
}
