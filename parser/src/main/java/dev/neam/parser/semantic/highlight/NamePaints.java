package dev.neam.parser.semantic.highlight;

import dev.neam.parser.semantic.scope.Resolution;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The names of a file as name resolution classifies them, in the order the highlighter paints
 * them (the uses of names, then the locals and parameters that are read, by place), five ints per name:
 * start line, start column, end line, end column, and the token type and modifiers in one int.
 * Kept as ints so that the names of an unchanged part of a file can be compared with the last
 * version's at little cost.
 */
final class NamePaints {
    static final int SIZE = 5;
    private static final int TYPE_SHIFT = 8; // modifiers take 5 bits: type and modifiers fit in 16 (see PackedInts)
    private static final int MODIFIER_MASK = (1 << TYPE_SHIFT) - 1;
    private static final TokenType[] TYPES = TokenType.values();

    private int[] data = new int[64 * SIZE];
    private int size;

    private static final Comparator<Symbol> BY_PLACE = Comparator
            .comparingInt((Symbol s) -> s.nameRange().startLine()).thenComparingInt(s -> s.nameRange().startCharacter())
            .thenComparingInt(s -> s.nameRange().endLine()).thenComparingInt(s -> s.nameRange().endCharacter())
            .thenComparing(Symbol::kind);

    private NamePaints() {
    }

    static NamePaints of(Resolution resolution) {
        NamePaints out = new NamePaints();
        for (Resolution.Reference ref : resolution.references()) {
            Symbol target = ref.target();
            if (target != null) {
                out.add(ref.name().range(), typeOfUse(ref, target), modifiersOfUse(target));
            }
        }
        // the locals come from an identity map: painted in the order of their places, so that the
        // same file always gives the same ints (and the same token when two share a start)
        List<Symbol> locals = byPlace(resolution.localReads().keySet());
        for (Symbol local : locals) {
            TokenType type = switch (local.kind()) {
                case PARAMETER -> TokenType.PARAMETER;
                case CONSTANT, VARIABLE -> TokenType.VARIABLE;
                default -> null;
            };
            if (type != null) {
                int modifiers = TokenModifier.DECLARATION.bit()
                        | (local.kind() == SymbolKind.CONSTANT ? TokenModifier.READONLY.bit() : 0);
                out.add(local.nameRange(), type, modifiers);
            }
        }
        return out;
    }

    /** Sorted by where their names start (then by their order in the map, for two at one place). */
    private static List<Symbol> byPlace(Collection<Symbol> symbols) {
        Symbol[] all = symbols.toArray(new Symbol[0]);
        long[] keys = new long[all.length];
        for (int i = 0; i < all.length; i++) {
            Range r = all[i].nameRange();
            if (r.startLine() >= 1 << 22 || r.startCharacter() >= 1 << 20 || all.length >= 1 << 21) {
                List<Symbol> sorted = new ArrayList<>(symbols); // beyond what a key holds: sorted the slow way
                sorted.sort(BY_PLACE);
                return sorted;
            }
            keys[i] = (long) r.startLine() << 41 | (long) r.startCharacter() << 21 | i;
        }
        Arrays.sort(keys);
        List<Symbol> out = new ArrayList<>(all.length);
        for (long key : keys) {
            out.add(all[(int) (key & ((1 << 21) - 1))]);
        }
        return out;
    }

    private static int modifiersOfUse(Symbol target) {
        return switch (target.kind()) {
            case BUILTIN -> TokenModifier.DEFAULT_LIBRARY.bit();
            case CONSTANT -> TokenModifier.READONLY.bit();
            default -> 0;
        };
    }

    private static TokenType typeOfUse(Resolution.Reference ref, Symbol target) {
        return switch (target.kind()) {
            case DECLARATION -> Highlighter.typeOfKind(target.detail());
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
    }

    private void add(Range range, TokenType type, int modifiers) {
        if (size + SIZE > data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = range.startLine();
        data[size++] = range.startCharacter();
        data[size++] = range.endLine();
        data[size++] = range.endCharacter();
        data[size++] = type.ordinal() << TYPE_SHIFT | modifiers;
    }

    /** Every name, in painting order. */
    int[] all() {
        return Arrays.copyOf(data, size);
    }

    int size() {
        return size / SIZE;
    }

    /** The ints of the {@code i}th name. */
    int at(int i, int field) {
        return data[i * SIZE + field];
    }

    static TokenType type(int typeAndModifiers) {
        return TYPES[typeAndModifiers >>> TYPE_SHIFT];
    }

    static int modifiers(int typeAndModifiers) {
        return typeAndModifiers & MODIFIER_MASK;
    }
}
