package dev.neam.parser.semantic;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.semantic.core.CallArityCheck;
import dev.neam.parser.semantic.core.ConstantAssignmentCheck;
import dev.neam.parser.semantic.core.ControlFlowCheck;
import dev.neam.parser.semantic.core.DuplicateDefinitionsCheck;
import dev.neam.parser.semantic.core.ImportsCheck;
import dev.neam.parser.semantic.core.UndefinedNamesCheck;
import dev.neam.parser.semantic.core.UnusedLocalsCheck;
import dev.neam.parser.semantic.handoffs.HandoffGraphCheck;
import dev.neam.parser.semantic.properties.VocabularyChecks;
import dev.neam.parser.semantic.references.AdoptTargetCheck;
import dev.neam.parser.semantic.references.DeclarationReferencesCheck;
import java.util.List;

/** Runs every semantic check family over one file. */
public final class SemanticAnalyzer {
    private final List<FileCheck> checks;

    /** The default check families: everything that needs only the vocabulary and one file. */
    public SemanticAnalyzer() {
        this(defaultChecks());
    }

    public SemanticAnalyzer(List<FileCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static List<FileCheck> defaultChecks() {
        List<FileCheck> all = new java.util.ArrayList<>(VocabularyChecks.all());
        all.addAll(coreChecks());
        return List.copyOf(all);
    }

    /** Names, calls, duplicates, constants, unused locals, control flow and imports. */
    public static List<FileCheck> coreChecks() {
        return List.of(new ImportsCheck(), new DeclarationReferencesCheck(), new UndefinedNamesCheck(), new CallArityCheck(),
                new DuplicateDefinitionsCheck(), new ConstantAssignmentCheck(), new UnusedLocalsCheck(),
                new ControlFlowCheck(), new HandoffGraphCheck(), new AdoptTargetCheck());
    }

    public List<Diagnostic> analyze(FileContext context) {
        for (FileCheck check : checks) {
            check.check(context);
        }
        return context.diagnostics();
    }
}
