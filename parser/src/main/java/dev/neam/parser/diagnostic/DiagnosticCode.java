package dev.neam.parser.diagnostic;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of stable diagnostic codes. A code never changes meaning once published; the
 * description is the one-line text used by generated docs and SARIF rules; the help says how to
 * fix it.
 */
public enum DiagnosticCode {
    UNEXPECTED_CHARACTER("NEAM0001", Category.SYNTAX, Severity.ERROR,
            "A character that cannot start any Neam token.",
            "Remove the character or replace it: the logical operators are '&&', '||' and '!', and names and operators are ASCII; other characters belong in strings or comments."),
    UNTERMINATED_STRING("NEAM0002", Category.SYNTAX, Severity.ERROR,
            "A string, path or f-string literal without its closing quote, or a '/*' comment never closed.",
            "Add the closing quote (or '*/'); a string cannot hold its own quote character, so use the other quote or a triple-quoted string (\"\"\"...\"\"\")."),
    UNEXPECTED_TOKEN("NEAM0003", Category.SYNTAX, Severity.ERROR,
            "A token that does not fit where it stands.",
            "Read the message for what was expected at this place: usually a missing operator or separator before the token, or a token that belongs to another line."),
    MISSING_TOKEN("NEAM0004", Category.SYNTAX, Severity.ERROR,
            "A required token (such as ';' or ')') is missing.",
            "Insert the token the message names at the marked place (for a statement, a ';' at its end)."),
    UNCLOSED_BRACE("NEAM0005", Category.SYNTAX, Severity.ERROR,
            "A '{' that is never closed by a matching '}'.",
            "Add the missing '}' where the block should end; the message names the block and the line where it was opened."),
    MISSING_VALUE("NEAM0006", Category.SYNTAX, Severity.ERROR,
            "A property written as 'key:' without a value.",
            "Write a value after the colon ('model: \"gpt-4o\"') or delete the property."),
    UNMATCHED_CLOSER("NEAM0007", Category.SYNTAX, Severity.ERROR,
            "A closing '}' with no opening '{' to match.",
            "Delete the extra '}', or add the '{' it was meant to close."),
    INCOMPLETE_INPUT("NEAM0008", Category.SYNTAX, Severity.ERROR,
            "The file ends in the middle of a construct.",
            "Complete the construct the file ends in (a missing ')', ']' or '}' or the rest of an expression); the file may have been cut off."),
    BLOCK_COMMENT("NEAM0009", Category.SYNTAX, Severity.WARNING,
            "A '/* ... */' comment, which neamc does not accept.",
            "Turn the block comment into '//' line comments, one per line."),
    INVALID_NUMBER("NEAM0010", Category.SYNTAX, Severity.WARNING,
            "A number form neamc does not read (exponent, hex or '_' separators).",
            "Write the number in plain decimal form, without an exponent, hex digits or '_' separators."),
    STRAY_SEMICOLON("NEAM0011", Category.SYNTAX, Severity.WARNING,
            "A ';' where no statement ends; neamc has no empty statement.",
            "Delete the ';': only statements end with one."),

    // Modules and imports (NEAM10xx)
    MODULE_NOT_FOUND("NEAM1002", Category.SEMANTIC, Severity.WARNING,
            "An import names a module that is not in the project (standard-library imports are never reported).",
            "Check the module path against the project's files ('import a.b' looks for src/a/b.neam or src/a/b/mod.neam), create the module, or fix the spelling."),
    IMPORTED_NAME_NOT_FOUND("NEAM1003", Category.SEMANTIC, Severity.ERROR,
            "`import a.b.{x}` names something module a.b does not declare.",
            "Declare the name in the imported module (with 'pub' when it must be visible), or fix the name in the import list."),

    // Core language (NEAM30xx)
    UNDEFINED_NAME("NEAM3001", Category.SEMANTIC, Severity.ERROR,
            "A name that is not declared in any visible scope, imported, or built in.",
            "Declare the name with 'let', 'const' or a function or declaration, import it, or fix its spelling (the message suggests a close match when there is one)."),
    ASSIGNMENT_TO_UNDECLARED("NEAM3002", Category.SEMANTIC, Severity.WARNING,
            "An assignment to a name never declared with `let`.",
            "Declare the variable with 'let' before assigning to it, or fix the spelling of an existing variable."),
    CALL_ARITY("NEAM3003", Category.SEMANTIC, Severity.ERROR,
            "A call with more or fewer arguments than the function takes.",
            "Pass as many arguments as the function has parameters (parameters with a default value may be left out); the related location shows the declaration."),
    DUPLICATE_DEFINITION("NEAM3004", Category.SEMANTIC, Severity.ERROR,
            "Two declarations, functions or types with the same name in one scope.",
            "Rename one of the two definitions, or delete the one that is not wanted; the related location shows the other."),
    REDECLARED_VARIABLE("NEAM3005", Category.SEMANTIC, Severity.WARNING,
            "A variable declared again in the same scope, hiding the first one.",
            "Assign to the existing variable without 'let', or give the new variable a different name."),
    ASSIGNMENT_TO_CONSTANT("NEAM3006", Category.SEMANTIC, Severity.ERROR,
            "An assignment to a name declared with `const`.",
            "Declare the name with 'let' if it must change, or assign the value to a new variable."),
    UNUSED_LOCAL("NEAM3007", Category.SEMANTIC, Severity.HINT,
            "A local variable or parameter that is never read.",
            "Use the variable or parameter, delete it, or start its name with '_' if it is unused on purpose."),
    RETURN_OUTSIDE_FUNCTION("NEAM3008", Category.SEMANTIC, Severity.ERROR,
            "`return` outside a function or handler.",
            "Move the 'return' into a function, method or handler, or delete it."),
    BREAK_OUTSIDE_LOOP("NEAM3009", Category.SEMANTIC, Severity.ERROR,
            "`break` or `continue` outside a loop.",
            "Move the 'break' or 'continue' into a 'for' or 'while' loop, or delete it."),
    UNREACHABLE_CODE("NEAM3010", Category.SEMANTIC, Severity.WARNING,
            "Statements after `return`, `throw`, `break` or `continue` in the same block.",
            "Delete the unreachable statements, or move them before the 'return', 'throw', 'break' or 'continue'.");

    private final String id;
    private final Category category;
    private final Severity defaultSeverity;
    private final String description;
    private final String help;

    /** A code without a help text yet; {@code DiagnosticCatalogueTest} asks for one. */
    DiagnosticCode(String id, Category category, Severity defaultSeverity, String description) {
        this(id, category, defaultSeverity, description, "");
    }

    DiagnosticCode(String id, Category category, Severity defaultSeverity, String description, String help) {
        this.id = id;
        this.category = category;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
        this.help = help;
    }

    /** The code with this id ({@code NEAM3007}), if the catalogue has one. */
    public static Optional<DiagnosticCode> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
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

    /** How to fix it, in one or two sentences (SARIF rule help, generated docs); empty when not written yet. */
    public String help() {
        return help;
    }

    private static final Map<String, DiagnosticCode> BY_ID = new HashMap<>();

    static {
        for (DiagnosticCode code : values()) {
            BY_ID.put(code.id, code);
        }
    }
}
