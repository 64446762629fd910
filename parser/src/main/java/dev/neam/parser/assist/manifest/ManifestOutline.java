package dev.neam.parser.assist.manifest;

import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.TomlEntry;
import dev.neam.parser.manifest.TomlHeader;
import dev.neam.parser.manifest.TomlValue;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outline of a neam.toml: its tables in file order, a table written right below its parent
 * nested inside it ({@code [deploy]} then {@code [deploy.kubernetes]}), each {@code [[agents]]}
 * entry on its own ({@code agents[0]}), and the keys of each table with their values as detail.
 * Readable parts of a broken file are still outlined.
 */
public final class ManifestOutline {
    private static final int DETAIL_LENGTH = 60;

    private ManifestOutline() {
    }

    public static List<ManifestSymbol> of(ManifestDocument document) {
        List<ManifestSymbol> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        List<Node> top = new ArrayList<>();
        Map<TomlHeader, Node> byHeader = new HashMap<>();
        for (TomlHeader header : document.headers()) {
            while (!stack.isEmpty() && !isPrefix(stack.get(stack.size() - 1).header.path(), header.path())) {
                stack.remove(stack.size() - 1);
            }
            Node parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            Node node = new Node(header, parent == null ? 0 : parent.header.path().size());
            (parent == null ? top : parent.children).add(node);
            stack.add(node);
            byHeader.put(header, node);
        }
        for (TomlEntry entry : document.entries()) {
            Node owner = entry.header() == null ? null : byHeader.get(entry.header());
            if (owner == null) {
                roots.add(key(entry));
            } else {
                owner.keys.add(key(entry));
            }
        }
        for (Node node : top) {
            roots.add(node.build(document));
        }
        roots.sort((a, b) -> a.range().start().compareTo(b.range().start()));
        return roots;
    }

    private static boolean isPrefix(List<String> parent, List<String> child) {
        return parent.size() < child.size() && child.subList(0, parent.size()).equals(parent);
    }

    private static ManifestSymbol key(TomlEntry entry) {
        TomlValue value = entry.value();
        List<ManifestSymbol> children = new ArrayList<>();
        if (value.kind() == TomlValue.Kind.INLINE_TABLE) {
            value.entries().forEach(e -> children.add(key(e)));
        }
        return new ManifestSymbol(entry.key().dottedName(), detail(value.raw()), kind(value),
                entry.key().range().union(value.range()), entry.key().range(), children);
    }

    static String detail(String raw) {
        String oneLine = raw.replaceAll("\\s+", " ").strip();
        return oneLine.length() > DETAIL_LENGTH ? oneLine.substring(0, DETAIL_LENGTH - 1) + "…" : oneLine;
    }

    private static ManifestSymbol.Kind kind(TomlValue value) {
        return switch (value.kind()) {
            case BASIC_STRING, LITERAL_STRING, MULTILINE_BASIC_STRING, MULTILINE_LITERAL_STRING -> ManifestSymbol.Kind.STRING;
            case INTEGER, FLOAT -> ManifestSymbol.Kind.NUMBER;
            case BOOLEAN -> ManifestSymbol.Kind.BOOLEAN;
            case ARRAY -> ManifestSymbol.Kind.ARRAY;
            case INLINE_TABLE -> ManifestSymbol.Kind.INLINE_TABLE;
            default -> ManifestSymbol.Kind.OTHER;
        };
    }

    /** A header with its keys and the headers nested in it, while the outline is built. */
    private static final class Node {
        final TomlHeader header;
        final int parentDepth;
        final List<ManifestSymbol> keys = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(TomlHeader header, int parentDepth) {
            this.header = header;
            this.parentDepth = parentDepth;
        }

        ManifestSymbol build(ManifestDocument document) {
            List<ManifestSymbol> inside = new ArrayList<>(keys);
            children.forEach(c -> inside.add(c.build(document)));
            inside.sort((a, b) -> a.range().start().compareTo(b.range().start()));
            Range range = header.range();
            for (ManifestSymbol s : inside) {
                range = range.union(s.range());
            }
            String name = String.join(".", header.path().subList(parentDepth, header.path().size()));
            if (header.arrayOfTables()) {
                name = name + "[" + header.index() + "]";
            }
            String detail = header.arrayOfTables() ? "[[" + header.name() + "]]" : "[" + header.name() + "]";
            return new ManifestSymbol(name, detail, ManifestSymbol.Kind.TABLE, range, header.nameRange(), inside);
        }
    }
}
