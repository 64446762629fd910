package dev.neam.lsp.features.actions;

import java.util.List;
import org.eclipse.lsp4j.CodeActionKind;

/** The code action kinds the server offers, and the rule for {@code context.only}. */
public final class ActionKinds {
    /** Sorting a declaration's entries into the documented order; a custom kind under {@code source}. */
    public static final String SORT_PROPERTIES = "source.neam.sortProperties";

    /** Announced in {@code initialize}. */
    public static final List<String> ALL = List.of(CodeActionKind.QuickFix, CodeActionKind.SourceOrganizeImports,
            SORT_PROPERTIES);

    private ActionKinds() {
    }

    /**
     * Whether the client wants actions of {@code kind}: it asked for no kinds in particular, or for
     * the kind or a parent of it ({@code source} covers {@code source.organizeImports}).
     */
    public static boolean wanted(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        return only.stream().anyMatch(o -> o.isEmpty() || kind.equals(o) || kind.startsWith(o + "."));
    }
}
