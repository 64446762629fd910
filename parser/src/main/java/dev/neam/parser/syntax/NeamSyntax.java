package dev.neam.parser.syntax;

import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.grammar.NeamParser;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.Pair;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Entry point of the syntax layer: text in, tree and syntax diagnostics out. It never throws on
 * bad input: lexical problems are reported and neutralised, braces are balanced before parsing,
 * the parser runs in fast SLL mode and falls back to full LL with error recovery only when the
 * SLL pass fails.
 */
public final class NeamSyntax {
    private static final String TOO_DEEP = "brackets nested more than " + ParseLimits.MAX_NESTING
            + " levels deep: the file is not analysed further";
    private static final String TOO_DEEP_OPERATORS = "prefix operators and brackets nested more than " + ParseLimits.MAX_NESTING
            + " levels deep: the file is not analysed further";
    private static final String TOO_DEEP_CHAIN = "a chain of conditionals or assignments nested more than "
            + ParseLimits.MAX_NESTING + " levels deep: the file is not analysed further";

    private NeamSyntax() {
    }

    public static ParseResult parse(String text) {
        SourceText source = new SourceText(text);
        DiagnosticSink sink = new DiagnosticSink(source);
        if (text.length() > ParseLimits.MAX_CHARS) {
            sink.report(DiagnosticCode.FILE_TOO_LARGE, Range.empty(new Position(0, 0)), "this file is "
                    + ParseLimits.megabytes(text.length()) + ": neam-lsp analyses files up to "
                    + ParseLimits.megabytes(ParseLimits.MAX_CHARS));
            return empty(source, sink);
        }
        int tooDeep = ParseLimits.tooDeepAt(text);
        if (tooDeep >= 0) {
            sink.report(DiagnosticCode.NESTED_TOO_DEEPLY, source.range(tooDeep, tooDeep + 1), TOO_DEEP);
            return empty(source, sink);
        }
        try {
            return parse(source, sink);
        } catch (StackOverflowError e) {
            sink.diagnostics().clear();
            sink.report(DiagnosticCode.NESTED_TOO_DEEPLY, Range.empty(new Position(0, 0)),
                    "this file is nested too deeply to be analysed");
            return empty(source, sink);
        }
    }

    /** A file that is not parsed: no tree, only what the sink holds. */
    private static ParseResult empty(SourceText source, DiagnosticSink sink) {
        return new ParseResult(source, new SourceFile(List.of(), source.range(0, source.length())), sink.diagnostics());
    }

    /**
     * The parse of {@code text}, which replaces the text of {@code previous}: the same result as
     * {@link #parse(String)}, computed by re-parsing only the top-level items an edit touched when
     * that is safe (see {@link IncrementalParse}).
     */
    public static ParseResult reparse(ParseResult previous, String text) {
        try {
            return IncrementalParse.reparse(previous, text);
        } catch (RuntimeException e) { // never worse than a full parse
            return parse(text);
        }
    }

    private static ParseResult parse(SourceText source, DiagnosticSink sink) {
        NeamLexer lexer = new NeamLexer(CharStreams.fromString(source.text()));
        lexer.removeErrorListeners();
        List<Token> lexed = new ArrayList<>(lexer.getAllTokens());
        lexed.add(eof(source, lexer));
        List<Token> scanned = TokenScan.scan(lexed, sink);
        Token tooDeep = ParseLimits.tooDeep(scanned);
        if (tooDeep != null) {
            sink.report(DiagnosticCode.NESTED_TOO_DEEPLY, sink.range(tooDeep), ParseLimits.isBracket(tooDeep) ? TOO_DEEP
                    : ParseLimits.isPrefixOperator(tooDeep) ? TOO_DEEP_OPERATORS : TOO_DEEP_CHAIN);
            return empty(source, sink);
        }
        int lexicalCount = sink.diagnostics().size();
        Set<Token> synthetic = BraceRepair.newSyntheticSet();
        List<Token> repaired = BraceRepair.repair(ListRepair.repair(scanned, sink, synthetic), sink, synthetic);
        int repairCount = sink.diagnostics().size();

        // The fast pass reads only the parser's tokens. The LL pass keeps ANTLR's lazily filled stream
        // of every token: error recovery reads the stream around an error, and how far ANTLR has
        // buffered it shapes some messages.
        ParserTokens parserTokens = ParserTokens.of(repaired);
        NeamParser parser = new NeamParser(new TokenListStream(parserTokens.tokens()));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        NeamParser.ProgramContext tree;
        HiddenTokens hidden = parserTokens;
        ParseStatistics.parsed();
        try {
            tree = parser.program();
        } catch (ParseCancellationException e) {
            ParseStatistics.fellBack();
            CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(repaired));
            parser.setTokenStream(stream);
            parser.addErrorListener(ParseStatistics.fullContextCounter());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new NeamErrorStrategy(sink));
            tree = parser.program();
            hidden = HiddenTokens.of(stream);
        }
        SourceFile file = new AstBuilder(sink, hidden, new FStringParts(sink)).program(tree);
        List<Diagnostic> diagnostics = tidy(sink.diagnostics(), lexicalCount, repairCount, synthetic, sink);
        return new ParseResult(source, file, diagnostics);
    }

    /** Tokens (all channels) and ANTLR's tree of a file known to be free of syntax errors. */
    record TokensAndTree(List<Token> tokens, NeamParser.ProgramContext tree) {
    }

    /**
     * Every token of a text on every channel (comments, whitespace, doc comments), as the parser
     * sees them: `f "…"` merged into one f-string and unterminated strings typed as strings.
     */
    public static List<Token> tokens(String text) {
        SourceText source = new SourceText(text);
        NeamLexer lexer = new NeamLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Token> lexed = new ArrayList<>(lexer.getAllTokens());
        lexed.add(eof(source, lexer));
        return TokenScan.scan(lexed, new DiagnosticSink(source));
    }

    /** Re-runs lexer and parser for tools that need tokens (the formatter); for valid files only. */
    static TokensAndTree tokensAndTree(String text) {
        List<Token> scanned = tokens(text);
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(scanned));
        NeamParser parser = new NeamParser(stream);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        NeamParser.ProgramContext tree = parser.program();
        stream.fill();
        return new TokensAndTree(stream.getTokens(), tree);
    }

    /**
     * Drops parser errors that only echo a problem already reported: on a line with a stray
     * character or an unterminated regular expression, exactly where a missing '}' was inserted, or
     * after an unterminated string (which swallowed the rest of the file). Then sorts by position.
     */
    private static List<Diagnostic> tidy(List<Diagnostic> all, int lexicalCount, int repairCount, Set<Token> synthetic,
                                         DiagnosticSink sink) {
        Set<Integer> badLines = new HashSet<>();
        Position unterminated = sink.swallowedFrom();
        for (int i = 0; i < lexicalCount; i++) {
            Diagnostic d = all.get(i);
            // A stray character, or a regular expression left open (what ends it on its line is a guess).
            boolean lineBound = d.code() == DiagnosticCode.UNTERMINATED_STRING && !d.range().start().equals(unterminated);
            if (d.code() == DiagnosticCode.UNEXPECTED_CHARACTER || lineBound) {
                badLines.add(d.range().start().line());
            }
        }
        Set<Position> insertions = new HashSet<>();
        for (Token t : synthetic) {
            insertions.add(sink.range(t).start());
        }
        List<Diagnostic> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Diagnostic d = all.get(i);
            boolean fromParser = i >= repairCount;
            if (fromParser && isParserError(d)
                    && (badLines.contains(d.range().start().line()) || insertions.contains(d.range().start())
                        || (unterminated != null && !d.range().start().isBefore(unterminated)))) {
                continue;
            }
            if (seen.add(d.code().id() + d.range() + d.message())) {
                kept.add(d);
            }
        }
        Set<Integer> errorLines = new HashSet<>();
        for (Diagnostic d : kept) {
            if (isParserError(d)) {
                errorLines.add(d.range().start().line());
            }
        }
        // A ';' left over by error recovery is not worth a second message.
        kept.removeIf(d -> d.code() == DiagnosticCode.STRAY_SEMICOLON && errorLines.contains(d.range().start().line()));
        kept.sort(Comparator.comparing((Diagnostic d) -> d.range().start()).thenComparing(d -> d.code().id()));
        return kept;
    }

    private static boolean isParserError(Diagnostic d) {
        return d.code() == DiagnosticCode.UNEXPECTED_TOKEN || d.code() == DiagnosticCode.MISSING_TOKEN
                || d.code() == DiagnosticCode.INCOMPLETE_INPUT;
    }

    private static Token eof(SourceText source, NeamLexer lexer) {
        int codePoints = source.text().codePointCount(0, source.length());
        Position end = source.positionAt(source.length());
        CommonToken eof = new CommonToken(new Pair<>(lexer, lexer.getInputStream()), Token.EOF, Token.DEFAULT_CHANNEL,
                codePoints, codePoints - 1);
        eof.setText("<EOF>");
        eof.setLine(end.line() + 1);
        eof.setCharPositionInLine(end.character());
        return eof;
    }
}
