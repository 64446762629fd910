package dev.neam.parser.assist.completion;

/** What a proposal stands for; the server maps it to the protocol's item kinds. */
public enum CompletionKind {
    KEYWORD,
    DECLARATION_KEYWORD,
    PROPERTY,
    HANDLER,
    VALUE,
    PROVIDER,
    DECLARATION,
    FUNCTION,
    METHOD,
    FIELD,
    VARIABLE,
    PARAMETER,
    CONSTANT,
    STRUCT,
    MODULE,
    BUILTIN,
    FILE,
    FOLDER,
    /** A table header of neam.toml. */
    TABLE
}
