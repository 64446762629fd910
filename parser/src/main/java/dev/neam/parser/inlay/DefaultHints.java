package dev.neam.parser.inlay;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Member;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.semantic.properties.DescribedBlocks;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default values of keys a declaration leaves out, for the few keys the vocabulary marks
 * {@code inlayDefault} (a turn limit, a retrieval strategy: defaults that change what the
 * program does). Shown after the opening brace of the declaration's body.
 */
final class DefaultHints {
    private DefaultHints() {
    }

    static List<Hint> of(DescribedBlocks.Block block, SourceText text) {
        if (!block.body()) {
            return List.of();
        }
        Set<String> written = block.members().stream().map(Member::key).filter(Objects::nonNull)
                .map(n -> n.text()).collect(Collectors.toSet());
        List<PropertySpec> missing = block.spec().all().stream()
                .filter(p -> p.inlayDefault() && p.defaultValue() != null && !written.contains(p.key()))
                .toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        Position at = afterOpeningBrace(block.owner(), text);
        if (at == null) {
            return List.of();
        }
        List<Hint> out = new ArrayList<>();
        for (PropertySpec p : missing) {
            out.add(new Hint(at, p.key() + ": " + p.defaultValue(), Hint.Kind.DEFAULT,
                    "Default when `" + p.key() + "` is left out. " + (p.doc() == null ? "" : p.doc())));
        }
        return out;
    }

    /** Just after the `{` that opens the body; null when the declaration has none. */
    private static Position afterOpeningBrace(Decl.Domain decl, SourceText text) {
        int from = text.offsetAt(decl.name().range().end());
        int to = text.offsetAt(decl.range().end());
        int brace = text.text().indexOf('{', from);
        return brace < 0 || brace >= to ? null : text.positionAt(brace + 1);
    }
}
