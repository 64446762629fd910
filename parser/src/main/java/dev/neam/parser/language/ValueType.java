package dev.neam.parser.language;

import java.util.Arrays;
import java.util.Locale;

/**
 * The shapes a property value can have. Which property has which type is data; this enum only
 * names the shapes and says how to describe them to a user.
 */
public enum ValueType {
    STRING("a string"),
    NUMBER("a number"),
    BOOL("true or false"),
    IDENTIFIER("a name"),
    REFERENCE("the name of a declaration"),
    REFERENCE_LIST("a list of declaration names"),
    REFERENCE_MAP("a block mapping labels to declaration names"),
    STRING_LIST("a list of strings"),
    WORD("a name or a string"),
    WORD_LIST("a list of names or strings"),
    LIST("a list"),
    BLOCK("a block { … }"),
    BLOCK_LIST("a list of blocks [{ … }, …]"),
    BLOCK_MAP("a block of named blocks { name: { … } … }"),
    MAP("a block or map { key: value … }"),
    EXPRESSION("an expression"),
    FUNCTION("a function name or fun(…) { … }"),
    PATH("a path string"),
    ENUM("one of a fixed set of values"),
    NUMBER_OR_STRING("a number or a string"),
    ENV_VALUE("a string, true/false or env(\"VAR\")"),
    ENV_VAR("the name of an environment variable, as a string"),
    BUDGET_AMOUNT("a number, a $ amount or a duration such as 30 s"),
    PROVIDER("a provider name string such as \"openai\""),
    BINDING("a binding such as mcp { … }"),
    HANDOFF_LIST("a list of agent names or handoff_to(Agent) { … } entries"),
    PARAMS("a parameter block { name: type, … }"),
    CAPABILITY_PATTERN("cap(\"pattern\")"),
    ANY("a value");

    private final String description;

    ValueType(String description) {
        this.description = description;
    }

    /** How the type reads in a message ("expects a number"). */
    public String description() {
        return description;
    }

    /** The spelling used in the data file ({@code reference_list}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ValueType fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown value type '" + id + "'"));
    }
}
