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
import dev.neam.parser.semantic.symbols.Symbol;
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
        h.lexical();
        h.tree(tree);
        if (resolution != null) {
            h.references(resolution);
        }
        return h.result();
    }

    // ---- tokens -------------------------------------------------------------------------------

    private void lexical() {
        for (Token t : NeamSyntax.tokens(text.text())) {
            int type = t.getType();
            Range r = range(t);
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

    private void references(Resolution resolution) {
        for (Resolution.Reference ref : resolution.references()) {
            Symbol target = ref.target();
            if (target == null) {
                continue;
            }
            int modifiers = switch (target.kind()) {
                case BUILTIN -> TokenModifier.DEFAULT_LIBRARY.bit();
                case CONSTANT -> TokenModifier.READONLY.bit();
                default -> 0;
            };
            TokenType type = switch (target.kind()) {
                case DECLARATION -> typeOfKind(target.detail());
                case BINDING, TRAIT, SEALED -> TokenType.TYPE;
                case FUNCTION, METHOD -> TokenType.FUNCTION;
                case BUILTIN -> ref.arguments() >= 0 ? TokenType.FUNCTION : TokenType.VARIABLE;
                case STRUCT -> TokenType.STRUCT;
                case VARIANT -> TokenType.ENUM_MEMBER;
                case PARAMETER -> TokenType.PARAMETER;
                case IMPORT -> TokenType.NAMESPACE;
                case FIELD -> TokenType.FIELD;
                case VARIABLE, CONSTANT -> TokenType.VARIABLE;
            };
            paint(ref.name().range(), type, modifiers);
        }
        for (Symbol local : resolution.localReads().keySet()) {
            TokenType type = switch (local.kind()) {
                case PARAMETER -> TokenType.PARAMETER;
                case CONSTANT, VARIABLE -> TokenType.VARIABLE;
                default -> null;
            };
            if (type != null) {
                int modifiers = TokenModifier.DECLARATION.bit()
                        | (local.kind() == dev.neam.parser.semantic.symbols.SymbolKind.CONSTANT ? TokenModifier.READONLY.bit() : 0);
                paint(local.nameRange(), type, modifiers);
            }
        }
    }

    /** agent/claw agent/forge agent… → agent; skill, extern skill, tool → skill; knowledge → knowledge. */
    private static TokenType typeOfKind(String kind) {
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

    private Range range(Token t) {
        int start = text.utf16Offset(t.getStartIndex());
        int stop = text.utf16Offset(t.getStopIndex() + 1);
        return text.range(start, stop);
    }
}
