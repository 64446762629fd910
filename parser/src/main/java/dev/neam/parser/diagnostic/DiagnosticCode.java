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

    // Modules and imports (NEAM10xx)
    MODULE_NOT_FOUND("NEAM1002", Category.SEMANTIC, Severity.WARNING,
            "An import names a module that is not in the project (standard-library imports are never reported)."),
    IMPORTED_NAME_NOT_FOUND("NEAM1003", Category.SEMANTIC, Severity.ERROR,
            "`import a.b.{x}` names something module a.b does not declare."),

    // Core language (NEAM30xx)
    UNDEFINED_NAME("NEAM3001", Category.SEMANTIC, Severity.ERROR,
            "A name that is not declared in any visible scope, imported, or built in."),
    ASSIGNMENT_TO_UNDECLARED("NEAM3002", Category.SEMANTIC, Severity.WARNING,
            "An assignment to a name never declared with `let`."),
    CALL_ARITY("NEAM3003", Category.SEMANTIC, Severity.ERROR,
            "A call with more or fewer arguments than the function takes."),
    DUPLICATE_DEFINITION("NEAM3004", Category.SEMANTIC, Severity.ERROR,
            "Two declarations, functions or types with the same name in one scope."),
    REDECLARED_VARIABLE("NEAM3005", Category.SEMANTIC, Severity.WARNING,
            "A variable declared again in the same scope, hiding the first one."),
    ASSIGNMENT_TO_CONSTANT("NEAM3006", Category.SEMANTIC, Severity.ERROR,
            "An assignment to a name declared with `const`."),
    UNUSED_LOCAL("NEAM3007", Category.SEMANTIC, Severity.HINT,
            "A local variable or parameter that is never read."),
    RETURN_OUTSIDE_FUNCTION("NEAM3008", Category.SEMANTIC, Severity.ERROR,
            "`return` outside a function or handler."),
    BREAK_OUTSIDE_LOOP("NEAM3009", Category.SEMANTIC, Severity.ERROR,
            "`break` or `continue` outside a loop."),
    UNREACHABLE_CODE("NEAM3010", Category.SEMANTIC, Severity.WARNING,
            "Statements after `return`, `throw`, `break` or `continue` in the same block.");

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
