package dev.neam.parser.semantic;

import dev.neam.parser.language.BuiltinSpec;
import dev.neam.parser.language.Vocabulary;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which names exist without a declaration: the built-in functions and namespaces of the vocabulary,
 * the runtime globals, and any member of a native family the spec lists only in part
 * (`migration_*`, `voice_*`…), so that a native missing from the data never makes a correct program
 * an error.
 */
public final class Builtins {
    /** Runtime globals that are not functions, or not in the natives table. */
    private static final Set<String> GLOBALS = Set.of("None", "Some", "File", "self", "super", "cap", "env", "null",
            "catch_panic", "panic", "spawn", "agent", "claw", "forge");

    /** Native families whose members the spec lists only in part. */
    private static final List<String> FAMILIES = List.of("migration_", "dataops_", "governance_", "modeling_",
            "voice_", "realtime_", "agent_", "workspace_", "memory_", "session_", "future_", "crypto_", "math_",
            "time_", "file_", "http_", "json_", "analyst_", "dio_", "wiki_", "eval_", "gym_");

    private Builtins() {
    }

    public static Predicate<String> standard() {
        Set<String> names = names();
        return name -> names.contains(name) || GLOBALS.contains(name) || FAMILIES.stream().anyMatch(name::startsWith);
    }

    /** Every built-in name (for "did you mean" suggestions). */
    public static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (BuiltinSpec b : Vocabulary.load().builtins()) {
            names.add(b.name());
        }
        Vocabulary.load().namespaces().forEach(n -> names.add(n.name()));
        names.addAll(GLOBALS);
        return Collections.unmodifiableSet(names);
    }
}
