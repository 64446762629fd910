package dev.neam.parser.syntax;

import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.List;

/** Entry point of the syntax layer: text in, tree and syntax diagnostics out. Never throws on bad input. */
public final class NeamSyntax {
    private NeamSyntax() {
    }

    public static ParseResult parse(String text) {
        SourceText source = new SourceText(text);
        Range whole = source.range(0, text.length());
        return new ParseResult(source, new SourceFile(List.of(), whole), List.of());
    }
}
