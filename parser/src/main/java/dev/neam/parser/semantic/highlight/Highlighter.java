package dev.neam.parser.semantic.highlight;

import dev.neam.parser.ast.Children;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Param;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Value;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.PropertyStatus;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.antlr.v4.runtime.Token;

/**
 * Classifies a file for semantic highlighting. Comments, strings and numbers come from the
 * tokens (so words inside them are never painted as code); names come from the tree and from
 * name resolution (an agent used in `handoffs:` is painted as an agent, a parameter as a
 * parameter). Tokens never overlap and multi-line tokens are split per line.
 */
public final class Highlighter {
    private final SourceText text;
    /** Spans by start (line in the high half, column in the low): a hash map, sorted once at the end. */
    private final Map<Long, SemanticToken> spans = new HashMap<>();
    /** Where the keys the vocabulary marks deprecated start, found when their declaration is visited. */
    private final java.util.Set<Position> deprecatedKeys = new java.util.HashSet<>();

    private Highlighter(SourceText text) {
        this.text = text;
    }

    public static List<SemanticToken> highlight(SourceText text, SourceFile tree, Resolution resolution) {
        Highlighter h = new Highlighter(text);
        h.lexical(NeamSyntax.tokens(text.text()), text, 0);
        h.tree(tree);
        if (resolution != null) {
            h.names(NamePaints.of(resolution).all());
        }
        return h.result();
    }

    /**
     * The tokens of one part of a file, {@code text[from, to)}, holding {@code items} (top-level
     * items of the file's tree) and the names painted there: exactly the tokens
     * {@link #highlight} gives for the whole file that start in that part, provided the part starts
     * at the start of the file or right after an item that ends with {@code }} or {@code ;} (the
     * lexer is then in the state it has at the start of a text) and ends with one such item or at
     * the end of the file.
     */
    static List<SemanticToken> highlightPart(SourceText text, int from, int to, List<? extends Node> items, int[] names) {
        Highlighter h = new Highlighter(text);
        // a space before the part keeps a `#!` after an item from being read as the file's shebang
        String part = from == 0 ? text.text().substring(0, to) : " " + text.text().substring(from, to);
        h.lexical(NeamSyntax.tokens(part), new SourceText(part), from == 0 ? 0 : from - 1);
        items.forEach(h::tree);
        h.names(names);
        return h.result();
    }

    // ---- tokens -------------------------------------------------------------------------------

    /**
     * Paints comments, strings, numbers and keywords from tokens lexed from {@code lexed}, a text
     * that starts at offset {@code base} of the file.
     */
    private void lexical(List<Token> tokens, SourceText lexed, int base) {
        for (Token t : tokens) {
            int type = t.getType();
            Range r = range(t, lexed, base);
            switch (type) {
                case NeamLexer.LINE_COMMENT, NeamLexer.BLOCK_COMMENT, NeamLexer.SHEBANG,
                     NeamLexer.UNTERMINATED_BLOCK_COMMENT -> paint(r, TokenType.COMMENT, 0);
                case NeamLexer.DOC_COMMENT -> paint(r, TokenType.COMMENT, TokenModifier.DOCUMENTATION.bit());
                case NeamLexer.STRING, NeamLexer.SQ_STRING, NeamLexer.TRIPLE_STRING, NeamLexer.REGEX,
                     NeamLexer.UNTERMINATED_REGEX -> paint(r, TokenType.STRING, 0);
                case NeamLexer.PATH -> paint(r, TokenType.PATH, 0);
                case NeamLexer.FSTRING -> fstring(t, r);
                case NeamLexer.NUMBER, NeamLexer.QUANTITY -> paint(r, TokenType.NUMBER, 0);
                case NeamLexer.DOLLAR -> paint(r, TokenType.NUMBER, 0);
                default -> {
                    if (isKeyword(type)) {
                        paint(r, TokenType.KEYWORD, 0);
                    }
                }
            }
        }
    }

    /** The literal parts of an f-string are string; the `{…}` parts are left to the names inside. */
    private void fstring(Token t, Range r) {
        String s = t.getText();
        int base = text.offsetAt(r.start());
        int segmentStart = 0;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' && depth++ == 0) {
                paintOffsets(base + segmentStart, base + i + 1, TokenType.STRING);
            } else if (c == '}' && depth > 0 && --depth == 0) {
                segmentStart = i;
            }
        }
        paintOffsets(base + segmentStart, base + s.length(), TokenType.STRING);
    }

    private static boolean isKeyword(int type) {
        return type >= NeamLexer.LET && type <= NeamLexer.SPAWN;
    }

    // ---- tree ---------------------------------------------------------------------------------

    private void tree(Node node) {
        if (node == null) {
            return;
        }
        if (node instanceof Decl.Domain d) {
            d.keywords().forEach(k -> paint(k.range(), TokenType.KEYWORD, 0));
            paintName(d.name(), typeOfKind(d.kind()), TokenModifier.DECLARATION.bit());
            findDeprecatedKeys(d);
        } else if (node instanceof Decl.Binding b) {
            paintName(b.keyword(), TokenType.KEYWORD, 0);
            paintName(b.name(), TokenType.TYPE, TokenModifier.DECLARATION.bit());
        } else if (node instanceof Decl.Function f) {
            paintName(f.name(), TokenType.FUNCTION, TokenModifier.DECLARATION.bit());
        } else if (node instanceof Decl.Struct s) {
            paintName(s.name(), TokenType.STRUCT, TokenModifier.DECLARATION.bit());
        } else if (node instanceof Decl.Field f) {
            paintName(f.name(), TokenType.FIELD, TokenModifier.DECLARATION.bit());
        } else if (node instanceof Decl.Trait t) {
            paintName(t.name(), TokenType.TYPE, TokenModifier.DECLARATION.bit());
        } else if (node instanceof Decl.Sealed s) {
            paintName(s.name(), TokenType.TYPE, TokenModifier.DECLARATION.bit());
        } else if (node instanceof Decl.Variant v) {
            paintName(v.name(), TokenType.ENUM_MEMBER, TokenModifier.DECLARATION.bit());
        } else if (node instanceof Decl.Const c) {
            paintName(c.name(), TokenType.VARIABLE, TokenModifier.DECLARATION.bit() | TokenModifier.READONLY.bit());
        } else if (node instanceof Decl.Let let) {
            letNames(let.pattern()).forEach(n -> paintName(n, TokenType.VARIABLE, TokenModifier.DECLARATION.bit()));
        } else if (node instanceof Member.Property p) {
            paintName(p.key(), TokenType.PROPERTY, keyModifiers(p.key()));
        } else if (node instanceof Member.Nested n) {
            paintName(n.key(), TokenType.PROPERTY, keyModifiers(n.key()));
        } else if (node instanceof Member.Handler h) {
            paintName(h.key(), TokenType.METHOD, TokenModifier.DECLARATION.bit());
        } else if (node instanceof Param p) {
            paintName(p.name(), TokenType.PARAMETER, TokenModifier.DECLARATION.bit());
        } else if (node instanceof Expr.Member m && m.member() != null) {
            paintName(m.member(), TokenType.PROPERTY, 0);
        } else if (node instanceof Value.WithUnit w) {
            paintName(w.unit(), TokenType.NUMBER, 0); // `20 min`: the unit is part of the amount
        } else if (node instanceof Expr.Argument a && a.label() != null) {
            paintName(a.label(), TokenType.PROPERTY, 0);
        }
        for (Node child : Children.of(node)) {
            tree(child);
        }
    }

    private static List<Name> letNames(Decl.LetPattern pattern) {
        if (pattern instanceof Decl.LetPattern.Single single) {
            return single.name() == null ? List.of() : List.of(single.name());
        } else if (pattern instanceof Decl.LetPattern.ListPattern list) {
            return list.names();
        } else if (pattern instanceof Decl.LetPattern.TuplePattern tuple) {
            return tuple.names();
        }
        return List.of();
    }

    /** Keys of the declaration's body that the vocabulary marks deprecated (data, not a list here). */
    private void findDeprecatedKeys(Decl.Domain d) {
        List<KindSpec> kinds = Vocabulary.load().kinds(d.keywords().stream().map(Name::text).toList());
        for (Member m : d.members()) {
            if (m.key() != null && kinds.stream().anyMatch(k -> k.property(m.key().text())
                    .map(p -> p.status() == PropertyStatus.DEPRECATED).orElse(false))) {
                deprecatedKeys.add(m.key().range().start());
            }
        }
    }

    private int keyModifiers(Name key) {
        return key != null && deprecatedKeys.contains(key.range().start()) ? TokenModifier.DEPRECATED.bit() : 0;
    }

    /** Paints the names resolution classified ({@link NamePaints}: five ints per name). */
    private void names(int[] names) {
        for (int i = 0; i + NamePaints.SIZE <= names.length; i += NamePaints.SIZE) {
            paint(Range.of(names[i], names[i + 1], names[i + 2], names[i + 3]), NamePaints.type(names[i + 4]),
                    NamePaints.modifiers(names[i + 4]));
        }
    }

    /** agent/claw agent/forge agent… → agent; skill, extern skill, tool → skill; knowledge → knowledge. */
    static TokenType typeOfKind(String kind) {
        String last = kind.contains(" ") ? kind.substring(kind.lastIndexOf(' ') + 1) : kind;
        return switch (last) {
            case "agent" -> TokenType.AGENT;
            case "skill", "tool" -> TokenType.SKILL;
            case "knowledge" -> TokenType.KNOWLEDGE;
            default -> TokenType.TYPE;
        };
    }

    // ---- output -------------------------------------------------------------------------------

    private void paintName(Name name, TokenType type, int modifiers) {
        if (name != null) {
            paint(name.range(), type, modifiers);
        }
    }

    private void paintOffsets(int from, int to, TokenType type) {
        if (to > from) {
            paint(text.range(from, to), type, 0);
        }
    }

    /** Later paints of the same start win (the tree and resolution refine the tokens). */
    private void paint(Range range, TokenType type, int modifiers) {
        if (range.isEmpty()) {
            return;
        }
        for (int line = range.start().line(); line <= range.end().line(); line++) {
            int start = line == range.start().line() ? range.start().character() : 0;
            int end = line == range.end().line() ? range.end().character()
                    : text.lineEnd(line) - text.lineStart(line);
            if (end > start) {
                spans.put(((long) line << 32) | start, new SemanticToken(line, start, end - start, type, modifiers));
            }
        }
    }

    private List<SemanticToken> result() {
        List<SemanticToken> sorted = new ArrayList<>(spans.values());
        sorted.sort(Comparator.comparingInt(SemanticToken::line).thenComparingInt(SemanticToken::start));
        List<SemanticToken> out = new ArrayList<>();
        SemanticToken previous = null;
        for (SemanticToken t : sorted) {
            if (previous != null && previous.line() == t.line() && t.start() < previous.start() + previous.length()) {
                continue;
            }
            out.add(t);
            previous = t;
        }
        return out;
    }

    private Range range(Token t, SourceText lexed, int base) {
        int start = base + lexed.utf16Offset(t.getStartIndex());
        int stop = base + lexed.utf16Offset(t.getStopIndex() + 1);
        return text.range(start, stop);
    }
}
