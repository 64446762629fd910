package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Node;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.Profile;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.TreeNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The domain and binding declarations of one file (at any depth: Neam allows declarations inside
 * blocks), each domain declaration matched to its vocabulary kind. Computed once per file and shared
 * by every check of this package.
 */
final class FileDeclarations {
    private final Vocabulary vocabulary;
    private final Profile profile;
    private final List<DeclaredKind> known = new ArrayList<>();
    private final List<Decl.Domain> unknown = new ArrayList<>();
    private final List<Decl.Binding> bindings = new ArrayList<>();
    private List<BlockVisit> blocks;

    private FileDeclarations(FileContext context) {
        this.vocabulary = Vocabulary.load();
        this.profile = vocabulary.profile(context.options().languageVersion());
        for (Node node : TreeNodes.of(context).nodes()) {
            if (node instanceof Decl.Domain domain && !domain.keywords().isEmpty() && domain.name() != null) {
                List<String> words = domain.keywords().stream().map(n -> n.text()).toList();
                Optional<KindSpec> kind = KindSelection.select(vocabulary.kinds(words), domain, profile);
                if (kind.isPresent()) {
                    known.add(new DeclaredKind(domain, kind.get()));
                } else {
                    unknown.add(domain);
                }
            } else if (node instanceof Decl.Binding binding && binding.keyword() != null && binding.name() != null) {
                bindings.add(binding);
            }
        }
    }

    static FileDeclarations of(FileContext context) {
        return context.memo(FileDeclarations.class, FileDeclarations::new);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    Profile profile() {
        return profile;
    }

    /** Domain declarations whose header is a known kind, in document order. */
    List<DeclaredKind> known() {
        return known;
    }

    /** Domain declarations whose header words are not in the vocabulary. */
    List<Decl.Domain> unknown() {
        return unknown;
    }

    /** Statement-form declarations ({@code guardchain G = […];}, {@code type T = U;}). */
    List<Decl.Binding> bindings() {
        return bindings;
    }

    /** Every block to check: each body and every nested block the vocabulary describes. */
    List<BlockVisit> blocks() {
        if (blocks == null) {
            List<BlockVisit> out = new ArrayList<>();
            for (DeclaredKind d : known) {
                if (!d.kind().isBindingForm()) {
                    BlockWalker.visit(d, out::add);
                }
            }
            blocks = List.copyOf(out);
        }
        return blocks;
    }
}
