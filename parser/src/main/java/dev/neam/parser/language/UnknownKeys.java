package dev.neam.parser.language;

/**
 * What a block does with a key it does not know: neamc rejects it (ERROR), the spec says it should
 * be flagged though neamc is lax or its key list is incomplete (WARNING), or anything is accepted (ALLOW).
 */
public enum UnknownKeys {
    ERROR, WARNING, ALLOW
}
