package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.language.BlockSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.Profile;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.AstNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The blocks of a file that the vocabulary describes (each declaration body and the nested blocks
 * reached through its keys), for editor features that read property rules: document links on path
 * values, inlay hints of defaults. The same walk as the checks, outside the analysis.
 */
public final class DescribedBlocks {
    /**
     * @param owner   the declaration the block belongs to
     * @param spec    the keys and rules of the block
     * @param members what is written in it
     * @param body    whether this is the declaration body itself
     */
    public record Block(Decl.Domain owner, BlockSpec spec, List<Member> members, boolean body) {
    }

    private DescribedBlocks() {
    }

    public static List<Block> of(SourceFile tree, String languageVersion) {
        Vocabulary vocabulary = Vocabulary.load();
        Profile profile = vocabulary.profile(languageVersion);
        List<Block> out = new ArrayList<>();
        if (tree == null) {
            return out;
        }
        AstNodes.walk(tree, node -> {
            if (node instanceof Decl.Domain domain && !domain.keywords().isEmpty() && domain.name() != null) {
                List<String> words = domain.keywords().stream().map(Name::text).toList();
                Optional<KindSpec> kind = KindSelection.select(vocabulary.kinds(words), domain, profile);
                if (kind.isPresent() && !kind.get().isBindingForm()) {
                    BlockWalker.visit(new DeclaredKind(domain, kind.get()),
                            visit -> out.add(new Block(domain, visit.spec(), visit.members(), visit.top())));
                }
            }
        });
        return out;
    }
}
