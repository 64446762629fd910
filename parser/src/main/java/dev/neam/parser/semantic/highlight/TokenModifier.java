package dev.neam.parser.semantic.highlight;

/** Semantic token modifiers, in legend order (bit i of the modifier set is the i-th constant). */
public enum TokenModifier {
    DECLARATION("declaration"), READONLY("readonly"), DEFAULT_LIBRARY("defaultLibrary"), DEPRECATED("deprecated"),
    DOCUMENTATION("documentation");

    private final String id;

    TokenModifier(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public int bit() {
        return 1 << ordinal();
    }
}
