package dev.neam.parser.semantic.highlight;

/**
 * Semantic token types, in legend order. The names are LSP's standard types plus Neam's own
 * (`agent`, `skill`, `knowledge`, `field`, `path`), which the VS Code extension declares.
 */
public enum TokenType {
    NAMESPACE("namespace"), TYPE("type"), STRUCT("struct"), ENUM_MEMBER("enumMember"), PARAMETER("parameter"),
    VARIABLE("variable"), PROPERTY("property"), FUNCTION("function"), METHOD("method"), KEYWORD("keyword"),
    COMMENT("comment"), STRING("string"), NUMBER("number"), OPERATOR("operator"),
    AGENT("agent"), SKILL("skill"), KNOWLEDGE("knowledge"), FIELD("field"), PATH("path");

    private final String id;

    TokenType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
