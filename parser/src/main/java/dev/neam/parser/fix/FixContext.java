package dev.neam.parser.fix;

import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a fix family may read: the diagnostic (code, range, fix data), the text it was found in, the
 * syntax tree for {@code .neam} files (null for neam.toml and deploy files), the vocabulary, and the
 * places in this file where the symbol named at a range is written (for renames; empty when unknown).
 */
public record FixContext(Diagnostic diagnostic, SourceText text, SourceFile tree, Vocabulary vocabulary,
                         Function<Range, List<Range>> occurrences) {

    public static FixContext of(Diagnostic diagnostic, SourceText text, SourceFile tree) {
        return new FixContext(diagnostic, text, tree, Vocabulary.load(), r -> List.of());
    }

    /** A value of the diagnostic's fix data. */
    public Optional<String> data(String key) {
        return Optional.ofNullable(diagnostic.data().get(key)).filter(v -> !v.isEmpty());
    }

    public Range range() {
        return diagnostic.range();
    }

    /** The code's id, as suppression comments write it. */
    public String code() {
        return diagnostic.code().id();
    }

    public boolean isNeam() {
        return tree != null;
    }
}
