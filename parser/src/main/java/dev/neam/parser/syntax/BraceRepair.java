package dev.neam.parser.syntax;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.text.Range;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Balances braces before parsing, so that one forgotten '}' costs one diagnostic instead of a
 * cascade. Balanced files pass through untouched. In an unbalanced file, an unmatched '}' is
 * dropped, and each unclosed '{' is closed where the indentation says its block ended (the first
 * line that starts at or left of the line that opened it), or else at the end of the file.
 */
final class BraceRepair {
    private final List<Token> tokens;
    private final DiagnosticSink sink;
    private final Set<Token> synthetic;

    private BraceRepair(List<Token> tokens, DiagnosticSink sink, Set<Token> synthetic) {
        this.tokens = tokens;
        this.sink = sink;
        this.synthetic = synthetic;
    }

    /** Returns the repaired token list; inserted tokens are added to {@code synthetic}. */
    static List<Token> repair(List<Token> tokens, DiagnosticSink sink, Set<Token> synthetic) {
        return new BraceRepair(tokens, sink, synthetic).run();
    }

    private List<Token> run() {
        Deque<Integer> stack = new ArrayDeque<>();
        Set<Integer> unmatched = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getType() == NeamLexer.LBRACE) {
                stack.push(i);
            } else if (t.getType() == NeamLexer.RBRACE) {
                if (stack.isEmpty()) {
                    unmatched.add(i);
                } else {
                    stack.pop();
                }
            }
        }
        if (stack.isEmpty() && unmatched.isEmpty()) {
            return tokens;
        }
        for (int index : unmatched) {
            sink.report(DiagnosticCode.UNMATCHED_CLOSER, sink.range(tokens.get(index)),
                    "unexpected '}': there is no open '{' for it to close");
        }
        Map<Integer, Integer> insertBefore = new java.util.HashMap<>();
        if (!stack.isEmpty()) {
            int regionStart = stack.peekLast();
            if (!closeByIndentation(regionStart, stack.size(), unmatched, insertBefore)) {
                insertBefore.clear();
                List<Integer> open = new ArrayList<>(stack);
                for (int opener : open) {
                    closeAtEnd(opener, insertBefore);
                }
            }
        }
        List<Token> out = new ArrayList<>(tokens.size() + insertBefore.size());
        for (int i = 0; i < tokens.size(); i++) {
            Integer count = insertBefore.get(i);
            if (count != null) {
                for (int k = 0; k < count; k++) {
                    out.add(closer(i));
                }
            }
            if (!unmatched.contains(i)) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /**
     * Simulates the region from the first unclosed '{', closing blocks when a line starts at or
     * left of the indentation of the line that opened them. Gives up (returns false) when the
     * guess contradicts the braces that are there.
     */
    private boolean closeByIndentation(int regionStart, int budget, Set<Integer> unmatched,
                                       Map<Integer, Integer> insertBefore) {
        Deque<Integer> open = new ArrayDeque<>();
        List<Object[]> reports = new ArrayList<>();
        int previousLine = -1;
        Token previous = null;
        for (int i = regionStart; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL || unmatched.contains(i) || t.getType() == Token.EOF) {
                continue;
            }
            boolean startsLine = t.getLine() != previousLine;
            if (startsLine && t.getType() != NeamLexer.RBRACE) {
                while (budget > 0 && !open.isEmpty() && indentOfLine(open.peek()) >= column(t)) {
                    int opener = open.pop();
                    budget--;
                    insertBefore.merge(i, 1, Integer::sum);
                    reports.add(new Object[] {opener, previous});
                }
            } else if (startsLine) {
                // A '}' on its own line closes the block indented like it; blocks opened deeper
                // than that were left open.
                while (budget > 0 && open.size() >= 2 && indentOfLine(open.peek()) > column(t)) {
                    int opener = open.pop();
                    budget--;
                    insertBefore.merge(i, 1, Integer::sum);
                    reports.add(new Object[] {opener, previous});
                }
            }
            if (t.getType() == NeamLexer.LBRACE) {
                open.push(i);
            } else if (t.getType() == NeamLexer.RBRACE) {
                if (open.isEmpty()) {
                    return false;
                }
                open.pop();
            }
            previousLine = t.getLine();
            previous = t;
        }
        if (open.size() != budget) {
            return false;
        }
        for (Object[] report : reports) {
            reportUnclosed((Integer) report[0], (Token) report[1]);
        }
        Token last = lastDefaultToken();
        while (!open.isEmpty()) {
            reportUnclosed(open.pop(), last);
            insertBefore.merge(tokens.size() - 1, 1, Integer::sum);
        }
        return true;
    }

    private void closeAtEnd(int opener, Map<Integer, Integer> insertBefore) {
        reportUnclosed(opener, lastDefaultToken());
        insertBefore.merge(tokens.size() - 1, 1, Integer::sum);
    }

    private void reportUnclosed(int opener, Token missingAfter) {
        Token brace = tokens.get(opener);
        String what = OpenerDescription.describe(tokens, opener);
        Range at = sink.after(missingAfter);
        sink.reportWithRelated(DiagnosticCode.UNCLOSED_BRACE, at,
                "expected '}' to close " + what + " opened on line " + brace.getLine(),
                sink.range(brace), "the '{' that is not closed");
    }

    private Token lastDefaultToken() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                return t;
            }
        }
        return null;
    }

    private Token closer(int beforeIndex) {
        Token next = tokens.get(beforeIndex);
        Token anchor = next;
        // Place the synthetic '}' right after the last real token before it, so ranges end there.
        for (int i = beforeIndex - 1; i >= 0; i--) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                anchor = tokens.get(i);
                break;
            }
        }
        int at = anchor == next ? next.getStartIndex() : anchor.getStopIndex() + 1;
        CommonToken token = SyntheticTokens.at(anchor, NeamLexer.RBRACE, "}", at, anchor.getLine(),
                anchor == next ? next.getCharPositionInLine() : anchor.getCharPositionInLine() + anchor.getText().length());
        synthetic.add(token);
        return token;
    }

    /** Column of the first token on the line of the given token (its indentation). */
    private int indentOfLine(int index) {
        int line = tokens.get(index).getLine();
        int indent = tokens.get(index).getCharPositionInLine();
        for (int i = index - 1; i >= 0 && tokens.get(i).getLine() == line; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                indent = Math.min(indent, t.getCharPositionInLine());
            }
        }
        return indent;
    }

    private static int column(Token t) {
        return t.getCharPositionInLine();
    }

    static Set<Token> newSyntheticSet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
