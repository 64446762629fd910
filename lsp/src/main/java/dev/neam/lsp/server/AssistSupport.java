package dev.neam.lsp.server;

import java.util.List;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MarkupKind;

/**
 * What the client can show for hover, navigation and signature help: Markdown or only plain text,
 * {@code LocationLink}s or only {@code Location}s, parameter labels as offsets, and an active
 * parameter per signature. Every branch the client leaves out means "no".
 */
public record AssistSupport(boolean hoverMarkdown, boolean definitionLinks, boolean declarationLinks,
                            boolean signatureMarkdown, boolean parameterLabelOffsets, boolean activeParameterPerSignature) {

    /** Before {@code initialize}, or for a client that says nothing: the plainest answers. */
    public static final AssistSupport NONE = new AssistSupport(false, false, false, false, false, false);

    public static AssistSupport from(ClientCapabilities caps) {
        ClientCapabilities c = caps == null ? new ClientCapabilities() : caps;
        return new AssistSupport(
                markdown(read(() -> c.getTextDocument().getHover().getContentFormat())),
                flag(() -> c.getTextDocument().getDefinition().getLinkSupport()),
                flag(() -> c.getTextDocument().getDeclaration().getLinkSupport()),
                markdown(read(() -> c.getTextDocument().getSignatureHelp().getSignatureInformation().getDocumentationFormat())),
                flag(() -> c.getTextDocument().getSignatureHelp().getSignatureInformation().getParameterInformation()
                        .getLabelOffsetSupport()),
                flag(() -> c.getTextDocument().getSignatureHelp().getSignatureInformation().getActiveParameterSupport()));
    }

    /** Markdown when the client takes it and does not prefer plain text (the list is in order of preference). */
    private static boolean markdown(List<String> formats) {
        if (formats == null || !formats.contains(MarkupKind.MARKDOWN)) {
            return false;
        }
        int plain = formats.indexOf(MarkupKind.PLAINTEXT);
        return plain < 0 || formats.indexOf(MarkupKind.MARKDOWN) < plain;
    }

    private static boolean flag(Supplier<Boolean> getter) {
        return Boolean.TRUE.equals(read(getter));
    }

    private static <T> T read(Supplier<T> getter) {
        try {
            return getter.get();
        } catch (NullPointerException e) {
            return null;
        }
    }
}
