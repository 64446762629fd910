package dev.neam.parser.diagnostic;

/**
 * The catalogue of stable diagnostic codes. A code never changes meaning once published; the
 * description is the one-line text used by generated docs and SARIF rules.
 */
public enum DiagnosticCode {
    UNEXPECTED_CHARACTER("NEAM0001", Category.SYNTAX, Severity.ERROR,
            "A character that cannot start any Neam token."),
    UNTERMINATED_STRING("NEAM0002", Category.SYNTAX, Severity.ERROR,
            "A string, path or f-string literal without its closing quote."),
    UNEXPECTED_TOKEN("NEAM0003", Category.SYNTAX, Severity.ERROR,
            "A token that does not fit where it stands."),
    MISSING_TOKEN("NEAM0004", Category.SYNTAX, Severity.ERROR,
            "A required token (such as ';' or ')') is missing."),
    UNCLOSED_BRACE("NEAM0005", Category.SYNTAX, Severity.ERROR,
            "A '{' that is never closed by a matching '}'."),
    MISSING_VALUE("NEAM0006", Category.SYNTAX, Severity.ERROR,
            "A property written as 'key:' without a value."),
    UNMATCHED_CLOSER("NEAM0007", Category.SYNTAX, Severity.ERROR,
            "A closing '}' with no opening '{' to match."),
    INCOMPLETE_INPUT("NEAM0008", Category.SYNTAX, Severity.ERROR,
            "The file ends in the middle of a construct."),
    BLOCK_COMMENT("NEAM0009", Category.SYNTAX, Severity.WARNING,
            "A '/* ... */' comment, which neamc does not accept."),
    INVALID_NUMBER("NEAM0010", Category.SYNTAX, Severity.WARNING,
            "A number form neamc does not read (exponent, hex or '_' separators)."),
    STRAY_SEMICOLON("NEAM0011", Category.SYNTAX, Severity.WARNING,
            "A ';' where no statement ends; neamc has no empty statement."),

    // ---- semantic checks that need only the vocabulary and one file (NEAM2001–NEAM2099) ----
    UNKNOWN_DECLARATION_KIND("NEAM2001", Category.SEMANTIC, Severity.ERROR,
            "A declaration keyword that is not in the vocabulary (an error when it looks like a typo of a known kind, else a warning)."),
    DECLARATION_FORM("NEAM2002", Category.SEMANTIC, Severity.ERROR,
            "A declaration written in a form neamc does not accept (guardchain/capability as a block, or a wrong value after '=')."),
    UNKNOWN_PROPERTY("NEAM2003", Category.SEMANTIC, Severity.ERROR,
            "A key or handler the declaration kind does not have (a warning where neamc is lax)."),
    MISPLACED_PROPERTY("NEAM2004", Category.SEMANTIC, Severity.ERROR,
            "A key neamc rejects on this kind because it belongs to another kind (claw/forge/data agents)."),
    DUPLICATE_PROPERTY("NEAM2005", Category.SEMANTIC, Severity.WARNING,
            "A key written twice in one block; neamc silently keeps the last value."),
    MISSING_REQUIRED_PROPERTY("NEAM2006", Category.SEMANTIC, Severity.ERROR,
            "A required key or handler is missing."),
    EMPTY_REQUIRED_VALUE("NEAM2007", Category.SEMANTIC, Severity.ERROR,
            "A list or map that must have at least one entry is empty."),
    EXACTLY_ONE_OF("NEAM2008", Category.SEMANTIC, Severity.ERROR,
            "Both or neither of two alternative keys are given (mcp_server command/url, source path/content)."),
    WRONG_VALUE_TYPE("NEAM2009", Category.SEMANTIC, Severity.ERROR,
            "A value of the wrong shape for its key (a string where a number or a list of names is needed, …)."),
    STRING_FOR_NAME("NEAM2010", Category.SEMANTIC, Severity.ERROR,
            "A declaration name written as a string (memory: \"x\", base_agent: \"x\"); neamc needs a bare identifier."),
    VALUE_NOT_ALLOWED("NEAM2011", Category.SEMANTIC, Severity.ERROR,
            "A value outside the allowed set of its key (a warning where the spec's list may be incomplete)."),
    VALUE_OUT_OF_RANGE("NEAM2012", Category.SEMANTIC, Severity.ERROR,
            "A number outside the allowed range of its key, or not whole where it must be."),
    VALUE_ORDER("NEAM2013", Category.SEMANTIC, Severity.ERROR,
            "A number that must be smaller than a sibling key's (chunk_overlap < chunk_size)."),
    UNKNOWN_PROVIDER("NEAM2014", Category.SEMANTIC, Severity.WARNING,
            "A provider name neamc's provider factory does not know; it fails at run time."),
    PROVIDER_CREDENTIALS_MISSING("NEAM2015", Category.SEMANTIC, Severity.INFORMATION,
            "The environment variable holding the provider's credentials is not set where the analysis runs."),
    IGNORED_PROPERTY("NEAM2016", Category.SEMANTIC, Severity.WARNING,
            "A key neamc parses and then throws away (max_daily_*)."),
    DEPRECATED_PROPERTY("NEAM2017", Category.SEMANTIC, Severity.WARNING,
            "A deprecated key that neamc ignores (claw agent mode)."),
    RESERVED_PROPERTY("NEAM2018", Category.SEMANTIC, Severity.ERROR,
            "A word reserved by neamc's lexer with no meaning (inner_model, embedded_config, feedback_signal)."),
    IMPL_PARAMS_MISMATCH("NEAM2019", Category.SEMANTIC, Severity.WARNING,
            "The parameters of impl(...) differ from the keys of params."),
    FUNCTION_ARITY("NEAM2020", Category.SEMANTIC, Severity.WARNING,
            "An inline function with a different number of parameters than its caller passes (forge verify takes one)."),
    CONFLICTING_ENTRIES("NEAM2021", Category.SEMANTIC, Severity.WARNING,
            "The same name in two lists that exclude each other (a policy's allow and deny)."),
    OUTSIDE_PROFILE("NEAM2022", Category.SEMANTIC, Severity.WARNING,
            "A declaration, key or construct that the selected language version (neam.languageVersion) does not have."),
    DIALECT_MIXING("NEAM2023", Category.SEMANTIC, Severity.WARNING,
            "One file uses constructs of both Neam dialects (0.6-era A and 0.7+/1.x B), which no neamc accepts together.");

    private final String id;
    private final Category category;
    private final Severity defaultSeverity;
    private final String description;

    DiagnosticCode(String id, Category category, Severity defaultSeverity, String description) {
        this.id = id;
        this.category = category;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Category category() {
        return category;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String description() {
        return description;
    }
}
