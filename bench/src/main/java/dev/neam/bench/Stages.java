package dev.neam.bench;

import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.grammar.NeamParser;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The stages of the analysis timed over a corpus, each spreading the files over all cores as lint
 * does. Each returns a count computed from its results, so that no work can be optimised away.
 */
final class Stages {
    private Stages() {
    }

    /** The generated lexer alone: every token of every file (the yardstick). */
    static int lex(List<Document> documents) {
        return documents.parallelStream().mapToInt(d -> {
            NeamLexer lexer = new NeamLexer(CharStreams.fromString(d.text()));
            lexer.removeErrorListeners();
            return lexer.getAllTokens().size();
        }).sum();
    }

    /**
     * The grammar alone: ANTLR's parse tree from the parser's tokens ({@link NeamSyntax#tokens}),
     * SLL first and LL again after a syntax error as {@link NeamSyntax#parse} does, without the
     * token repairs, the tree builder and the syntax diagnostics.
     */
    static int grammarParse(List<Document> documents) {
        return documents.parallelStream().mapToInt(d -> {
            CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(NeamSyntax.tokens(d.text())));
            NeamParser parser = new NeamParser(stream);
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            try {
                return parser.program().getChildCount();
            } catch (ParseCancellationException e) {
                stream.seek(0);
                parser = new NeamParser(stream);
                parser.removeErrorListeners();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                return parser.program().getChildCount();
            }
        }).sum();
    }

    /** The parser's entry point: tokens, repairs, ANTLR's parse, the tree the analysis reads, syntax diagnostics. */
    static int parse(List<Document> documents) {
        return documents.parallelStream().mapToInt(d -> NeamSyntax.parse(d.text()).diagnostics().size()).sum();
    }

    /** Parse plus every semantic check, the one pipeline lint and the editor share ({@link Analyzer}). */
    static int analyze(List<Document> documents) {
        return new Analyzer().analyze(documents).stream().mapToInt(f -> f.diagnostics().size()).sum();
    }
}
