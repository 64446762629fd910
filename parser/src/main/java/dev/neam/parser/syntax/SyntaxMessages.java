package dev.neam.parser.syntax;

import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.grammar.NeamParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns what the parser knows at an error into words a person understands. */
final class SyntaxMessages {
    private static final Vocabulary VOCABULARY = NeamParser.VOCABULARY;

    private SyntaxMessages() {
    }

    /** `'}'`, `'agent'`, `a string`, `end of file`. */
    static String describeToken(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of file";
            case NeamLexer.STRING, NeamLexer.SQ_STRING, NeamLexer.TRIPLE_STRING -> "string " + shorten(token.getText());
            case NeamLexer.PATH -> "path " + shorten(token.getText());
            case NeamLexer.FSTRING -> "f-string " + shorten(token.getText());
            case NeamLexer.NUMBER, NeamLexer.QUANTITY -> "number " + token.getText();
            default -> "'" + shorten(token.getText()) + "'";
        };
    }

    /** What was expected, in words: a short token list when it is short, else the construct. */
    static String describeExpected(IntervalSet expected, ParserRuleContext context) {
        List<String> words = new ArrayList<>();
        boolean nameExpected = false;
        for (int type : expected.toList()) {
            if (type == NeamLexer.IDENT) {
                nameExpected = true;
            }
        }
        if (expected.contains(NeamLexer.ASSIGN) && within(context, NeamParser.RULE_constDecl, NeamParser.RULE_letDecl)) {
            return "'=' and a value";
        }
        String construct = construct(context, expected);
        if (construct != null) {
            return construct;
        }
        for (int type : expected.toList()) {
            if (type == Token.EOF) {
                words.add("end of file");
            } else if (nameExpected && isNameToken(type)) {
                if (!words.contains("a name")) {
                    words.add("a name");
                }
            } else {
                String literal = VOCABULARY.getLiteralName(type);
                words.add(literal != null ? literal : describeType(type));
            }
        }
        if (nameExpected && words.size() > 4) {
            return "a name";
        }
        if (words.size() > 4) {
            return null;
        }
        return joinAlternatives(words);
    }

    private static boolean within(ParserRuleContext context, int... rules) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            for (int rule : rules) {
                if (c.getRuleIndex() == rule) {
                    return true;
                }
            }
        }
        return false;
    }

    static String joinAlternatives(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String construct(ParserRuleContext context, IntervalSet expected) {
        if (context == null) {
            return null;
        }
        boolean expressionStart = expected.contains(NeamLexer.NUMBER) && expected.contains(NeamLexer.STRING);
        return switch (context.getRuleIndex()) {
            case NeamParser.RULE_expression, NeamParser.RULE_primary, NeamParser.RULE_argument,
                 NeamParser.RULE_argumentList, NeamParser.RULE_mapEntry, NeamParser.RULE_indexOrSlice,
                 NeamParser.RULE_expressionStatement, NeamParser.RULE_emitStatement,
                 NeamParser.RULE_throwStatement -> expressionStart ? "an expression" : null;
            case NeamParser.RULE_statement, NeamParser.RULE_program, NeamParser.RULE_block,
                 NeamParser.RULE_suiteItem -> expressionStart ? "a statement or declaration" : null;
            case NeamParser.RULE_member, NeamParser.RULE_memberKey -> "a property ('key: value')";
            case NeamParser.RULE_declBody -> expected.contains(NeamLexer.RBRACE)
                    ? "a property ('key: value') or '}'" : "a property ('key: value')";
            case NeamParser.RULE_configValue -> "a value";
            case NeamParser.RULE_typeRef, NeamParser.RULE_typeAtom -> "a type";
            case NeamParser.RULE_identifier, NeamParser.RULE_anyWord, NeamParser.RULE_memberName -> "a name";
            case NeamParser.RULE_param, NeamParser.RULE_paramList -> "a parameter name";
            case NeamParser.RULE_modulePath -> "a module path";
            case NeamParser.RULE_letPattern, NeamParser.RULE_patternElement -> "a variable name";
            case NeamParser.RULE_matchArm -> expected.contains(NeamLexer.FATARROW) ? "'=>'" : "a match arm ('pattern => value')";
            case NeamParser.RULE_structMember, NeamParser.RULE_fieldDecl -> "a field ('name: type') or '}'";
            default -> null;
        };
    }

    private static boolean isNameToken(int type) {
        if (type == NeamLexer.IDENT) {
            return true;
        }
        String literal = VOCABULARY.getLiteralName(type);
        return literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1));
    }

    private static String describeType(int type) {
        return switch (type) {
            case NeamLexer.STRING, NeamLexer.SQ_STRING, NeamLexer.TRIPLE_STRING -> "a string";
            case NeamLexer.NUMBER, NeamLexer.QUANTITY -> "a number";
            case NeamLexer.PATH -> "a path";
            case NeamLexer.FSTRING -> "an f-string";
            default -> VOCABULARY.getDisplayName(type);
        };
    }

    private static String shorten(String text) {
        String oneLine = text.replace("\r", "").replace('\n', ' ');
        return oneLine.length() > 24 ? oneLine.substring(0, 21) + "…" : oneLine;
    }
}
