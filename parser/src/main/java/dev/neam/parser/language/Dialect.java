package dev.neam.parser.language;

/**
 * The two incompatible lineages of neamc (see shared/spec/declarations.md §0): A is the 0.5–0.6.x
 * line, B the 0.6.7–1.x line. Their labels and docs are data ({@link Vocabulary#dialect(Dialect)}).
 */
public enum Dialect {
    A, B
}
