package dev.neam.parser.semantic.symbols;

/** What a name stands for. */
public enum SymbolKind {
    /** A domain declaration (`agent`, `skill`, `claw agent`…); the header words are in {@link Symbol#detail()}. */
    DECLARATION,
    /** A statement-form declaration (`guardchain G = […];`, `capability C = cap(…);`, `type T = U;`). */
    BINDING,
    FUNCTION,
    STRUCT,
    TRAIT,
    SEALED,
    VARIANT,
    CONSTANT,
    VARIABLE,
    PARAMETER,
    FIELD,
    METHOD,
    /** A name brought in by `import`/`use` (a module alias or an imported name). */
    IMPORT,
    /** A built-in function or runtime global (`print`, `len`, `None`…); it has no declaring node. */
    BUILTIN
}
