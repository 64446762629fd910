package dev.neam.parser.assist.completion;

import dev.neam.parser.assist.completion.CursorTokens.Tok;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.language.BlockSpec;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.Profile;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds out what the cursor stands in from the tokens of the enclosing top-level item: a stack of
 * open brackets, each classified as code, a declaration body (by the vocabulary's header words), a
 * nested block of a property, or a property's list. The tree is only used to know where the item
 * starts, because the text being typed is usually not parseable.
 */
final class ContextAnalyzer {
    /** Words after which a name is being declared, not used. */
    private static final Set<String> NAMING = Set.of("let", "const", "fun", "fn", "struct", "trait", "sealed", "impl",
            "extend", "module", "import", "use", "as", "mut", "for", "suite", "test", "catch", "type");
    /** How far past the cursor the keys of the same block are looked for. */
    private static final int LOOKAHEAD = 20_000;

    private enum FrameType { CODE, CONFIG, LIST, PARENS }

    private static final class Frame {
        final FrameType type;
        final String opener;
        final BlockSpec block;
        final KindSpec kind;
        final PropertySpec property;
        final boolean blockMap;
        final Set<String> present = new HashSet<>();
        /** For a declaration body: the declared name (a reference to itself is never proposed). */
        String owner;

        Frame(FrameType type, String opener, BlockSpec block, KindSpec kind, PropertySpec property, boolean blockMap) {
            this.type = type;
            this.opener = opener;
            this.block = block;
            this.kind = kind;
            this.property = property;
            this.blockMap = blockMap;
        }

        static Frame of(FrameType type, String opener) {
            return new Frame(type, opener, null, null, null, false);
        }
    }

    private final Vocabulary vocabulary;
    private final Profile profile;

    ContextAnalyzer(Vocabulary vocabulary, Profile profile) {
        this.vocabulary = vocabulary;
        this.profile = profile;
    }

    CursorContext analyze(SourceText source, SourceFile tree, int offset) {
        String text = source.text();
        int wordStart = offset;
        while (wordStart > 0 && CursorTokens.isWordPart(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = offset;
        while (wordEnd < text.length() && CursorTokens.isWordPart(text.charAt(wordEnd))) {
            wordEnd++;
        }
        Range word = source.range(wordStart, wordEnd);
        int[] item = enclosingItem(source, tree, wordStart);
        List<Tok> before = CursorTokens.lex(text, item[0], offset);
        Tok last = before.isEmpty() ? null : before.get(before.size() - 1);
        // a line comment runs to the end of its line; a closed block comment ends before the cursor
        if (last != null && last.end() >= offset && CursorTokens.isComment(last)
                && last.type() != NeamLexer.BLOCK_COMMENT) {
            return new CursorContext.Nothing(word);
        }
        if (last != null && last.type() == NeamLexer.UNTERMINATED_STRING && last.start() < offset) {
            return stringContext(source, before.subList(0, before.size() - 1), last, offset);
        }
        if (last != null && (last.type() == NeamLexer.REGEX || last.type() == NeamLexer.UNTERMINATED_REGEX)
                && last.end() >= offset) {
            return new CursorContext.Nothing(word); // inside a regular expression (or its flags)
        }
        if (wordStart < wordEnd && Character.isDigit(text.charAt(wordStart))) {
            return new CursorContext.Nothing(word);
        }
        List<Tok> tokens = new ArrayList<>();
        for (Tok t : before) {
            if (t.significant() && t.start() < wordStart) {
                tokens.add(t);
            }
        }
        Deque<Frame> stack = frames(tokens);
        Frame top = stack.peek();
        Tok prev = at(tokens, 1);
        Tok prev2 = at(tokens, 2);
        return switch (top.type) {
            case CONFIG -> config(stack, prev, prev2, word, text, wordStart, wordEnd, item[1]);
            case LIST -> prev != null && (prev.is("[") || prev.is(","))
                    ? valueContext(top.property, true, taken(stack, top.present), false, word)
                    : new CursorContext.Nothing(word);
            case CODE, PARENS -> code(top, stack.size() == 1, tokens, prev, prev2, word, source, wordStart, wordEnd);
        };
    }

    // ---- contexts -----------------------------------------------------------------------------

    private CursorContext config(Deque<Frame> stack, Tok prev, Tok prev2, Range word, String text, int wordStart,
                                 int wordEnd, int itemEnd) {
        Frame top = stack.peek();
        if (top.blockMap) {
            return new CursorContext.Nothing(word); // the entries of a block map are free names
        }
        if (prev.is(":")) {
            if (prev2 == null || !isKey(prev2)) {
                return new CursorContext.Nothing(word);
            }
            return valueContext(rule(top, keyText(prev2)), false, taken(stack, Set.of()), prev.end() == wordStart,
                    word);
        }
        boolean afterValue = prev.is("{") || prev.is("}") || prev.is("]") || prev.is(",") || prev.is(";")
                || prev.is(")") || prev.type() == NeamLexer.STRING || prev.type() == NeamLexer.NUMBER
                || prev.type() == NeamLexer.QUANTITY || prev.type() == NeamLexer.TRIPLE_STRING
                || (prev.isWord() && prev2 != null && prev2.is(":"));
        if (!afterValue) {
            return prev.isWord() ? new CursorContext.Nothing(word) : new CursorContext.Expression(word);
        }
        boolean separated = prev.is("{") || prev.is(",") || prev.is(";") || prev.end() < wordStart;
        if (!separated) {
            return new CursorContext.Nothing(word); // `0.|` or `"x"|`: still inside the value
        }
        Set<String> present = new HashSet<>(top.present);
        present.addAll(keysAfter(text, wordEnd, Math.min(itemEnd, wordEnd + LOOKAHEAD)));
        return new CursorContext.Key(word, top.block == null ? BlockSpec.EMPTY_OPEN : top.block, top.kind, present);
    }

    private CursorContext code(Frame top, boolean topLevel, List<Tok> tokens, Tok prev, Tok prev2, Range word,
                               SourceText source, int wordStart, int wordEnd) {
        CursorContext module = modulePath(tokens, word);
        if (module != null) {
            return module;
        }
        if (prev != null && (prev.is(".") || prev.is("?."))) {
            Tok prev3 = at(tokens, 3);
            boolean simple = prev2 != null && prev2.isWord() && (prev3 == null || !prev3.is("."));
            return new CursorContext.Member(word, simple ? prev2.text() : null);
        }
        if (top.type == FrameType.CODE && startsStatement(prev, wordStart, source.text())) {
            return new CursorContext.Statement(word, topLevel);
        }
        if (prev == null) {
            return new CursorContext.Expression(word);
        }
        if (prev.isWord() && top.type == FrameType.CODE && startsStatement(prev2, prev.start(), source.text())
                && vocabulary.kinds().stream()
                        .anyMatch(k -> k.header().size() > 1 && k.header().get(0).equals(prev.text()))) {
            return new CursorContext.HeaderContinuation(source.range(prev.start(), wordEnd), prev.text());
        }
        if (prev.isWord() && (NAMING.contains(prev.text()) || !isKeyword(prev))) {
            return new CursorContext.Nothing(word); // a name being declared, or two names in a row
        }
        return endsOperand(prev) ? new CursorContext.Nothing(word) : new CursorContext.Expression(word);
    }

    /**
     * Whether something written at {@code at} starts a statement after the token {@code before}: at
     * the start, after {@code ;}, a brace, {@code else} or {@code pub}, or on a new line after a
     * finished operand (the line above is often still being written).
     */
    private static boolean startsStatement(Tok before, int at, String text) {
        if (before == null) {
            return true;
        }
        if (before.is(";") || before.is("{") || before.is("}") || before.is("else") || before.is("pub")) {
            return true;
        }
        return (endsOperand(before) || before.type() == NeamLexer.IDENT) && at >= before.end()
                && text.substring(before.end(), at).contains("\n");
    }

    private static boolean endsOperand(Tok t) {
        return t.is(")") || t.is("]") || t.is("true") || t.is("false") || t.is("nil") || t.type() == NeamLexer.STRING
                || t.type() == NeamLexer.NUMBER || t.type() == NeamLexer.QUANTITY;
    }

    /** {@code import a.b.|}: the segments before the cursor when it is in an import's module path, else null. */
    private static CursorContext modulePath(List<Tok> tokens, Range word) {
        List<String> segments = new ArrayList<>();
        int k = tokens.size() - 1;
        while (k >= 1 && tokens.get(k).is(".") && tokens.get(k - 1).isWord()) {
            segments.add(0, tokens.get(k - 1).text());
            k -= 2;
        }
        if (k >= 0 && (tokens.get(k).is("import") || tokens.get(k).is("use"))) {
            return new CursorContext.ModulePath(word, segments);
        }
        return null;
    }

    private CursorContext valueContext(PropertySpec property, boolean inList, Set<String> taken, boolean spaceBefore,
                                       Range word) {
        return property == null ? new CursorContext.Nothing(word)
                : new CursorContext.Value(word, property, inList, Set.copyOf(taken), spaceBefore);
    }

    private CursorContext stringContext(SourceText source, List<Tok> before, Tok string, int offset) {
        String text = source.text();
        int contentStart = string.start() + (string.text().startsWith("\"") ? 1 : 2);
        int contentEnd = offset;
        while (contentEnd < text.length() && text.charAt(contentEnd) != '"' && text.charAt(contentEnd) != '\n'
                && text.charAt(contentEnd) != '\r') {
            contentEnd++;
        }
        Range content = source.range(Math.min(contentStart, offset), contentEnd);
        List<Tok> tokens = before.stream().filter(Tok::significant).toList();
        Deque<Frame> stack = frames(tokens);
        Frame top = stack.peek();
        Tok prev = at(tokens, 1);
        Tok prev2 = at(tokens, 2);
        PropertySpec property = null;
        if (top.type == FrameType.CONFIG && !top.blockMap && prev != null && prev.is(":") && prev2 != null
                && isKey(prev2)) {
            property = rule(top, keyText(prev2));
        } else if (top.type == FrameType.LIST && prev != null && (prev.is("[") || prev.is(","))) {
            property = top.property;
        }
        String typed = text.substring(Math.min(contentStart, offset), offset);
        return property == null ? new CursorContext.Nothing(content)
                : new CursorContext.StringValue(content, property, typed);
    }

    // ---- the bracket stack --------------------------------------------------------------------

    private Deque<Frame> frames(List<Tok> tokens) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(Frame.of(FrameType.CODE, ""));
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            Frame top = stack.peek();
            Tok prev = i > 0 ? tokens.get(i - 1) : null;
            switch (t.text()) {
                case "{" -> {
                    if (top.type == FrameType.CONFIG && prev != null && isKey(prev)) {
                        top.present.add(keyText(prev));
                    }
                    Frame opened = brace(tokens, i, top);
                    if (opened.kind != null && prev != null) {
                        opened.owner = prev.text();
                    }
                    stack.push(opened);
                }
                case "[" -> stack.push(bracket(tokens, i, top));
                case "(" -> {
                    if (top.type == FrameType.CONFIG && prev != null && isKey(prev)) {
                        top.present.add(keyText(prev));
                    }
                    stack.push(Frame.of(FrameType.PARENS, "("));
                }
                case "}" -> close(stack, "{");
                case "]" -> close(stack, "[");
                case ")" -> close(stack, "(");
                case ":" -> {
                    if (top.type == FrameType.CONFIG && prev != null && isKey(prev)) {
                        top.present.add(keyText(prev));
                    }
                }
                default -> {
                    if (top.type == FrameType.LIST && t.isWord()) {
                        top.present.add(t.text()); // names already in the list are not offered again
                    }
                }
            }
        }
        return stack;
    }

    /** Names not to propose as a reference: those already in the list, and the enclosing declaration itself. */
    private static Set<String> taken(Deque<Frame> stack, Set<String> inList) {
        Set<String> taken = new HashSet<>(inList);
        stack.stream().map(f -> f.owner).filter(java.util.Objects::nonNull).findFirst().ifPresent(taken::add);
        return taken;
    }

    private static void close(Deque<Frame> stack, String opener) {
        if (stack.stream().noneMatch(f -> f.opener.equals(opener))) {
            return; // a stray closer: ignore it rather than lose the context
        }
        while (stack.size() > 1) {
            if (stack.pop().opener.equals(opener)) {
                return;
            }
        }
    }

    private Frame brace(List<Tok> tokens, int i, Frame parent) {
        Tok prev = i > 0 ? tokens.get(i - 1) : null;
        Tok prev2 = i > 1 ? tokens.get(i - 2) : null;
        Tok prev3 = i > 2 ? tokens.get(i - 3) : null;
        switch (parent.type) {
            case CONFIG -> {
                if (prev == null) {
                    return config(null, null, null);
                }
                if (prev.is(")") || prev.is("=>")) {
                    return Frame.of(FrameType.CODE, "{"); // a handler body or a lambda
                }
                if (prev.is(":") && prev2 != null && isKey(prev2)) {
                    return child(parent, keyText(prev2));
                }
                if (isKey(prev) && prev2 != null && prev2.is(":") && prev3 != null && isKey(prev3)) {
                    PropertySpec binding = rule(parent, keyText(prev3));
                    if (binding != null && binding.type() == ValueType.BINDING) { // `binding: http { … }`
                        return config(binding.tag(keyText(prev)).map(t -> t.block()).orElse(null), null, null);
                    }
                    return config(null, null, null); // some other tagged value: its keys are not known
                }
                if (isKey(prev)) {
                    return child(parent, keyText(prev)); // a nested block without a colon: `session { … }`
                }
                return config(null, null, null);
            }
            case LIST -> {
                PropertySpec property = parent.property;
                boolean entries = property != null && (property.type() == ValueType.BLOCK_LIST
                        || property.type() == ValueType.HANDOFF_LIST);
                if (!entries && prev != null && prev.is(")")) {
                    return Frame.of(FrameType.CODE, "{");
                }
                return config(property == null ? null : property.block(), null, null);
            }
            default -> {
                KindSpec kind = header(tokens, i);
                return kind == null ? Frame.of(FrameType.CODE, "{") : config(kind.body(), kind, null);
            }
        }
    }

    private Frame bracket(List<Tok> tokens, int i, Frame parent) {
        Tok prev = i > 0 ? tokens.get(i - 1) : null;
        Tok prev2 = i > 1 ? tokens.get(i - 2) : null;
        if (parent.type == FrameType.CONFIG && !parent.blockMap && prev != null && prev.is(":") && prev2 != null
                && isKey(prev2)) {
            return new Frame(FrameType.LIST, "[", null, null, rule(parent, keyText(prev2)), false);
        }
        if (parent.type == FrameType.LIST) {
            return new Frame(FrameType.LIST, "[", null, null, null, false);
        }
        return Frame.of(FrameType.PARENS, "[");
    }

    /** The frame of the block written as the value of {@code key} inside {@code parent}. */
    private Frame child(Frame parent, String key) {
        if (parent.blockMap) {
            return config(parent.property.block(), null, null);
        }
        PropertySpec rule = rule(parent, key);
        if (rule == null) {
            return config(null, null, null);
        }
        if (rule.type() == ValueType.BLOCK_MAP) {
            return new Frame(FrameType.CONFIG, "{", BlockSpec.EMPTY_OPEN, null, rule, true);
        }
        return config(rule.block(), null, rule);
    }

    private static Frame config(BlockSpec block, KindSpec kind, PropertySpec property) {
        return new Frame(FrameType.CONFIG, "{", block == null ? BlockSpec.EMPTY_OPEN : block, kind, property, false);
    }

    private static PropertySpec rule(Frame frame, String key) {
        if (frame.block == null) {
            return null;
        }
        return frame.block.ruleFor(key).orElse(null);
    }

    /** The kind whose header precedes the {@code {}} at {@code brace}: {@code claw agent Bot {}. */
    private KindSpec header(List<Tok> tokens, int brace) {
        if (brace < 2 || !tokens.get(brace - 1).isWord()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int j = brace - 2; j >= 0 && tokens.get(j).isWord(); j--) {
            words.add(0, tokens.get(j).text());
        }
        while (!words.isEmpty()) {
            List<KindSpec> variants = vocabulary.kinds(words);
            if (!variants.isEmpty()) {
                return variants.stream().filter(k -> profile.allows(k.dialects())).findFirst().orElse(variants.get(0));
            }
            words.remove(0); // `pub agent X {`
        }
        return null;
    }

    /** The keys written after the cursor in the same block, up to its closing brace. */
    private static Set<String> keysAfter(String text, int from, int to) {
        Set<String> keys = new HashSet<>();
        if (from >= to) {
            return keys;
        }
        List<Tok> tokens = CursorTokens.lex(text, from, to).stream().filter(Tok::significant).toList();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            Tok prev = i > 0 ? tokens.get(i - 1) : null;
            if (t.is("{") || t.is("[") || t.is("(")) {
                if (depth == 0 && (t.is("{") || t.is("(")) && prev != null && isKey(prev)) {
                    keys.add(keyText(prev));
                }
                depth++;
            } else if (t.is("}") || t.is("]") || t.is(")")) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && t.is(":") && prev != null && isKey(prev)) {
                keys.add(keyText(prev));
            }
        }
        return keys;
    }

    // ---- helpers --------------------------------------------------------------------------------

    /**
     * Offsets [start, end) of the slice to lex: from the last top-level item that starts before the
     * cursor in the first column. Items that start further right are usually pieces the parser's
     * error recovery cut out of the statement being typed ({@code import agents.} becomes three), so
     * the scan goes back to where the statement really began.
     */
    private static int[] enclosingItem(SourceText source, SourceFile tree, int offset) {
        int start = 0;
        int end = source.length();
        if (tree != null) {
            for (Stmt item : tree.items()) {
                int itemStart = source.offsetAt(item.range().start());
                if (itemStart < offset) {
                    if (item.range().start().character() == 0) {
                        start = itemStart;
                    }
                } else {
                    end = Math.max(offset, itemStart);
                    break;
                }
            }
        }
        return new int[] {Math.min(start, offset), end};
    }

    private static Tok at(List<Tok> tokens, int back) {
        int i = tokens.size() - back;
        return i >= 0 ? tokens.get(i) : null;
    }

    private static boolean isKey(Tok t) {
        return t.isWord() || t.type() == NeamLexer.STRING;
    }

    private static String keyText(Tok t) {
        String s = t.text();
        return t.type() == NeamLexer.STRING && s.length() >= 2 ? s.substring(1, s.length() - 1) : s;
    }

    private static boolean isKeyword(Tok t) {
        return t.type() != NeamLexer.IDENT;
    }
}
