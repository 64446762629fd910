package dev.neam.lsp.features.semantictokens;

import dev.neam.parser.semantic.highlight.TokenModifier;
import dev.neam.parser.semantic.highlight.TokenType;
import java.util.Arrays;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * The legend announced in {@code initialize}: the token types and modifiers in the order of the
 * parser's enums, so a token's type index is its enum ordinal and its modifier bit is the enum's bit.
 */
public final class SemanticTokensLegendFactory {
    private SemanticTokensLegendFactory() {
    }

    public static SemanticTokensLegend legend() {
        return new SemanticTokensLegend(
                Arrays.stream(TokenType.values()).map(TokenType::id).toList(),
                Arrays.stream(TokenModifier.values()).map(TokenModifier::id).toList());
    }
}
