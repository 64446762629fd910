package dev.neam.parser.assist.completion;

import dev.neam.parser.language.KeywordSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.Profile;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Core keywords and declaration headers of the active profile, from the vocabulary. */
final class KeywordCompletions {
    private final Vocabulary vocabulary;
    private final Profile profile;

    KeywordCompletions(Vocabulary vocabulary, Profile profile) {
        this.vocabulary = vocabulary;
        this.profile = profile;
    }

    /** Keywords valid where a statement starts, or only those that start an expression. */
    List<Completion> keywords(Range range, boolean expressionOnly) {
        List<Completion> out = new ArrayList<>();
        for (KeywordSpec k : vocabulary.keywords()) {
            if ((expressionOnly && !k.expression()) || !profile.allows(k.dialects())) {
                continue;
            }
            Completion c = Completion.of(k.keyword(), CompletionKind.KEYWORD, "keyword", k.doc(), range)
                    .withSort("3_" + k.keyword());
            out.add(k.snippet().isEmpty() ? c : c.withInsert(k.keyword(), k.snippet()));
        }
        return out;
    }

    /** Every declaration header of the profile ({@code agent}, {@code claw agent}…) with its snippet. */
    List<Completion> declarations(Range range) {
        List<Completion> out = new ArrayList<>();
        for (String name : vocabulary.kindNames()) {
            variant(name).ifPresent(kind -> out.add(declaration(kind, range)));
        }
        return out;
    }

    /** The headers that continue {@code first} ({@code claw} → {@code claw agent}). */
    List<Completion> continuations(String first, Range range) {
        List<Completion> out = new ArrayList<>();
        for (String name : vocabulary.kindNames()) {
            if (name.startsWith(first + " ")) {
                variant(name).ifPresent(kind -> out.add(declaration(kind, range)));
            }
        }
        return out;
    }

    private Optional<KindSpec> variant(String name) {
        return vocabulary.kinds(List.of(name.split(" "))).stream().filter(k -> profile.allows(k.dialects()))
                .findFirst();
    }

    private static Completion declaration(KindSpec kind, Range range) {
        String detail = kind.family().isEmpty() ? "declaration" : "declaration (" + kind.family() + ")";
        return Completion.of(kind.name(), CompletionKind.DECLARATION_KEYWORD, detail, kind.doc(), range)
                .withInsert(kind.name(), Snippets.declaration(kind))
                .withSort((kind.family().isEmpty() ? "2_" : "4_") + kind.name());
    }
}
