package dev.neam.tests.lsp;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DeclarationCapabilities;
import org.eclipse.lsp4j.DefinitionCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ParameterInformationCapabilities;
import org.eclipse.lsp4j.SignatureHelpCapabilities;
import org.eclipse.lsp4j.SignatureInformationCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;

/** Client capabilities for hover, definition and signature help: a rich editor and a minimal one. */
final class AssistClients {
    private AssistClients() {
    }

    /** Markdown hovers and docs, LocationLinks, parameter label offsets, an active parameter per signature. */
    static ClientCapabilities rich() {
        ClientCapabilities caps = Lsp.pushClient();
        TextDocumentClientCapabilities text = caps.getTextDocument();
        HoverCapabilities hover = new HoverCapabilities();
        hover.setContentFormat(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT));
        text.setHover(hover);
        DefinitionCapabilities definition = new DefinitionCapabilities();
        definition.setLinkSupport(true);
        text.setDefinition(definition);
        DeclarationCapabilities declaration = new DeclarationCapabilities();
        declaration.setLinkSupport(true);
        text.setDeclaration(declaration);
        SignatureInformationCapabilities information = new SignatureInformationCapabilities(List.of(MarkupKind.MARKDOWN));
        ParameterInformationCapabilities parameters = new ParameterInformationCapabilities();
        parameters.setLabelOffsetSupport(true);
        information.setParameterInformation(parameters);
        information.setActiveParameterSupport(true);
        SignatureHelpCapabilities signature = new SignatureHelpCapabilities();
        signature.setSignatureInformation(information);
        text.setSignatureHelp(signature);
        return caps;
    }

    /** A client that declares nothing: plain text, Locations, parameter labels as strings. */
    static ClientCapabilities minimal() {
        return new ClientCapabilities();
    }
}
