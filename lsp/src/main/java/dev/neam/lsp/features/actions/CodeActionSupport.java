package dev.neam.lsp.features.actions;

import java.util.List;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ClientCapabilities;

/**
 * What the client can do with code actions, read from {@code initialize}.
 *
 * @param literals        it takes {@code CodeAction} literals (without, it would only run commands)
 * @param resolveEdit     it asks {@code codeAction/resolve} for an action's {@code edit}, so the list can come without edits
 * @param preferred       it understands {@code isPreferred}
 * @param documentChanges it applies versioned {@code documentChanges} (an edit for an old version is refused)
 */
public record CodeActionSupport(boolean literals, boolean resolveEdit, boolean preferred, boolean documentChanges) {

    public static final CodeActionSupport NONE = new CodeActionSupport(false, false, false, false);

    public static CodeActionSupport from(ClientCapabilities caps) {
        if (caps == null) {
            return NONE;
        }
        List<String> resolvable = read(() -> caps.getTextDocument().getCodeAction().getResolveSupport().getProperties());
        boolean data = Boolean.TRUE.equals(read(() -> caps.getTextDocument().getCodeAction().getDataSupport()));
        return new CodeActionSupport(
                read(() -> caps.getTextDocument().getCodeAction().getCodeActionLiteralSupport()) != null,
                data && resolvable != null && resolvable.contains("edit"),
                Boolean.TRUE.equals(read(() -> caps.getTextDocument().getCodeAction().getIsPreferredSupport())),
                Boolean.TRUE.equals(read(() -> caps.getWorkspace().getWorkspaceEdit().getDocumentChanges())));
    }

    /** Follows a getter chain; a null anywhere on the way gives null. */
    private static <T> T read(Supplier<T> getter) {
        try {
            return getter.get();
        } catch (NullPointerException e) {
            return null;
        }
    }
}
