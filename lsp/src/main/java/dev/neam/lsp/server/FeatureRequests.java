package dev.neam.lsp.server;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.documents.DocumentStore;
import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.documents.HotDocuments;
import dev.neam.lsp.documents.ParsedDocuments;
import dev.neam.lsp.features.FeatureRequest;
import dev.neam.lsp.features.actions.CodeActions;
import dev.neam.lsp.features.completion.CompletionFeature;
import dev.neam.lsp.features.deploy.DeployHover;
import dev.neam.lsp.features.diagnostics.DiagnosticsEngine;
import dev.neam.lsp.features.folding.FoldingRanges;
import dev.neam.lsp.features.formatting.FormattingFeature;
import dev.neam.lsp.features.hover.HoverProvider;
import dev.neam.lsp.features.inlay.InlayHintsFeature;
import dev.neam.lsp.features.links.DocumentLinksFeature;
import dev.neam.lsp.features.manifest.ManifestRequests;
import dev.neam.lsp.features.navigation.CallHierarchy;
import dev.neam.lsp.features.navigation.CodeLenses;
import dev.neam.lsp.features.navigation.Definitions;
import dev.neam.lsp.features.navigation.Highlights;
import dev.neam.lsp.features.navigation.References;
import dev.neam.lsp.features.navigation.Rename;
import dev.neam.lsp.features.navigation.WorkspaceSymbols;
import dev.neam.lsp.features.selection.SelectionRanges;
import dev.neam.lsp.features.semantictokens.SemanticTokensFeature;
import dev.neam.lsp.features.signature.SignatureHelpProvider;
import dev.neam.lsp.features.symbols.DocumentSymbols;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.lsp.workspace.WorkspaceIndex;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The requests on open documents (completion, hover, navigation, formatting, code actions…): each
 * finds the newest snapshot and its analysis model, and hands them to its feature class. Run by the
 * {@link RequestRunner}, off the protocol thread; {@link Session} owns the documents and their
 * diagnostics.
 */
final class FeatureRequests {
    private final DocumentSymbols symbols;
    private final FoldingRanges folding;
    private final SelectionRanges selection;
    private final HoverProvider hover = new HoverProvider();
    private final Definitions definitions = new Definitions();
    private final SignatureHelpProvider signatures = new SignatureHelpProvider();
    private volatile AssistSupport assist = AssistSupport.NONE;
    private final CodeActions actions;
    private final References references = new References();
    private final Highlights highlights = new Highlights();
    private final Rename rename;
    private final WorkspaceSymbols workspaceSymbols;
    private final CodeLenses codeLenses = new CodeLenses();
    private final CallHierarchy callHierarchy = new CallHierarchy();
    private final SemanticTokensFeature semanticTokens = new SemanticTokensFeature();
    private final FormattingFeature formatting = new FormattingFeature();
    private final DocumentLinksFeature links = new DocumentLinksFeature();
    private final InlayHintsFeature inlayHints = new InlayHintsFeature();
    private final CompletionFeature completion;
    private final ManifestRequests manifest;
    private final DeployHover deployHover;

    private final PositionConverter positions;
    private final DocumentStore documents;
    private final DiagnosticsEngine engine;
    private final ParsedDocuments parsed;
    private final WorkspaceIndex index;
    private final HotDocuments hot;

    FeatureRequests(ClientSupport support, PositionConverter positions, DocumentStore documents,
                    DiagnosticsEngine engine, ParsedDocuments parsed, WorkspaceIndex index, HotDocuments hot) {
        this.hot = hot;
        this.positions = positions;
        this.documents = documents;
        this.engine = engine;
        this.parsed = parsed;
        this.index = index;
        this.symbols = new DocumentSymbols(positions, support);
        this.folding = new FoldingRanges(support.foldingRangeLimit());
        this.selection = new SelectionRanges(positions);
        this.actions = new CodeActions(positions, support.codeActions());
        this.completion = new CompletionFeature(support.completion());
        this.manifest = new ManifestRequests(positions, support, completion);
        this.deployHover = new DeployHover(positions, engine);
        this.rename = new Rename(support.documentChanges());
        this.workspaceSymbols = new WorkspaceSymbols(positions, support::symbolKind);
    }

    /** The cached results of a document that was closed or is no longer among the hot ones go. */
    void forget(String uri) {
        semanticTokens.forget(uri);
        formatting.forget(uri);
        manifest.forget(uri);
        deployHover.forget(uri);
    }

    /** What the client shows for hover, definition and signature help (read from {@code initialize}). */
    void assist(AssistSupport support) {
        this.assist = support;
    }

    List<Either<SymbolInformation, DocumentSymbol>> documentSymbols(String uri, CancelChecker cancel) {
        Optional<DocumentSnapshot> toml = manifestDocument(uri);
        if (toml.isPresent()) {
            return manifest.symbols(toml.get());
        }
        return withTree(uri, (snapshot, tree) -> symbols.symbols(uri, snapshot.text(), tree.tree(), cancel));
    }

    List<FoldingRange> foldingRanges(String uri, CancelChecker cancel) {
        Optional<DocumentSnapshot> toml = manifestDocument(uri);
        if (toml.isPresent()) {
            return manifest.folding(toml.get());
        }
        return withTree(uri, (snapshot, tree) -> folding.ranges(snapshot.text(), tree.tree(), cancel));
    }

    List<SelectionRange> selectionRanges(String uri, List<org.eclipse.lsp4j.Position> at, CancelChecker cancel) {
        return withTree(uri, (snapshot, tree) -> selection.ranges(snapshot.text(), tree.tree(), at, cancel));
    }

    List<Either<Command, CodeAction>> codeActions(CodeActionParams params, CancelChecker cancel) {
        String uri = params.getTextDocument().getUri();
        return used(uri).map(snapshot -> actions.actions(snapshot, request(uri).orElse(null), params, cancel))
                .orElse(List.of());
    }

    CodeAction resolveCodeAction(CodeAction action) {
        return actions.resolve(action, documents::get, this::request);
    }

    CompletionList completion(String uri, org.eclipse.lsp4j.Position at, CancelChecker cancel) {
        Optional<DocumentSnapshot> toml = manifestDocument(uri);
        if (toml.isPresent()) {
            return manifest.completion(toml.get(), at);
        }
        return withModel(uri, new CompletionList(false, List.of()), request -> completion.complete(request, at, cancel));
    }

    CompletionItem resolveCompletion(CompletionItem item) {
        return completion.resolve(item);
    }
    Hover hover(String uri, org.eclipse.lsp4j.Position at) {
        Optional<DocumentSnapshot> toml = manifestDocument(uri);
        if (toml.isPresent()) {
            return manifest.hover(toml.get(), at, assist.hoverMarkdown());
        }
        Optional<DocumentSnapshot> deploy = used(uri).filter(deployHover::handles);
        if (deploy.isPresent()) {
            return deployHover.hover(deploy.get(), at, assist.hoverMarkdown());
        }
        return withModel(uri, null, request -> hover.hover(request, at, assist.hoverMarkdown()));
    }

    Either<List<? extends Location>, List<? extends LocationLink>> definition(String uri, org.eclipse.lsp4j.Position at) {
        boolean links = assist.definitionLinks();
        return withModel(uri, links ? Either.forRight(List.of()) : Either.forLeft(List.of()),
                request -> definitions.definition(request, at, links));
    }

    Either<List<? extends Location>, List<? extends LocationLink>> declaration(String uri, org.eclipse.lsp4j.Position at) {
        boolean links = assist.declarationLinks();
        return withModel(uri, links ? Either.forRight(List.of()) : Either.forLeft(List.of()),
                request -> definitions.definition(request, at, links));
    }

    SignatureHelp signatureHelp(String uri, org.eclipse.lsp4j.Position at) {
        return withModel(uri, null, request -> signatures.help(request, at, assist));
    }

    // ---- navigation ---------------------------------------------------------------------------

    List<org.eclipse.lsp4j.Location> references(String uri, org.eclipse.lsp4j.Position at, boolean declaration,
                                                CancelChecker cancel) {
        return withModel(uri, List.of(), r -> references.references(r, at, declaration, cancel));
    }

    List<org.eclipse.lsp4j.DocumentHighlight> highlights(String uri, org.eclipse.lsp4j.Position at,
                                                         CancelChecker cancel) {
        return withModel(uri, List.of(), r -> highlights.highlights(r, at, cancel));
    }

    org.eclipse.lsp4j.jsonrpc.messages.Either3<org.eclipse.lsp4j.Range, org.eclipse.lsp4j.PrepareRenameResult,
            org.eclipse.lsp4j.PrepareRenameDefaultBehavior> prepareRename(String uri, org.eclipse.lsp4j.Position at) {
        return withModel(uri, null, r -> rename.prepare(r, at));
    }

    org.eclipse.lsp4j.WorkspaceEdit rename(String uri, org.eclipse.lsp4j.Position at, String newName,
                                           CancelChecker cancel) {
        return withModel(uri, null, r -> rename.rename(r, at, newName,
                u -> documents.get(u).map(DocumentSnapshot::version).orElse(null), cancel));
    }

    List<SymbolInformation> workspaceSymbols(String query, CancelChecker cancel) {
        java.util.Map<String, SourceText> files = new java.util.TreeMap<>(index.texts());
        documents.all().stream().filter(DocumentSnapshot::isNeam)
                .forEach(d -> files.put(DocumentUris.normalize(d.uri()), d.text()));
        return workspaceSymbols.search(query == null ? "" : query, files, cancel);
    }

    List<org.eclipse.lsp4j.CodeLens> codeLenses(String uri, CancelChecker cancel) {
        return withModel(uri, List.of(), r -> codeLenses.lenses(r, cancel));
    }

    org.eclipse.lsp4j.CodeLens resolveCodeLens(org.eclipse.lsp4j.CodeLens lens, CancelChecker cancel) {
        return codeLenses.resolve(lens, this::request, cancel);
    }

    List<org.eclipse.lsp4j.CallHierarchyItem> prepareCallHierarchy(String uri, org.eclipse.lsp4j.Position at) {
        return withModel(uri, List.of(), r -> callHierarchy.prepare(r, at));
    }

    List<org.eclipse.lsp4j.CallHierarchyIncomingCall> incomingCalls(org.eclipse.lsp4j.CallHierarchyItem item,
                                                                    CancelChecker cancel) {
        return callHierarchy.incoming(item, this::projectRequest, cancel);
    }

    List<org.eclipse.lsp4j.CallHierarchyOutgoingCall> outgoingCalls(org.eclipse.lsp4j.CallHierarchyItem item,
                                                                    CancelChecker cancel) {
        return callHierarchy.outgoing(item, this::projectRequest, cancel);
    }

    /**
     * A model that can read a file of the project even when it is not open (a caller found in a
     * closed file): its own document's when open, else the first open document's whose workspace
     * holds the file.
     */
    private Optional<FeatureRequest> projectRequest(String uri) {
        Optional<FeatureRequest> own = request(uri);
        if (own.isPresent()) {
            return own;
        }
        Optional<Path> file = DocumentUris.toPath(uri);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        for (DocumentSnapshot open : documents.all()) {
            Optional<FeatureRequest> other = request(open.uri());
            if (other.isPresent() && other.get().workspace().contains(file.get())) {
                return other;
            }
        }
        return Optional.empty();
    }

    SemanticTokens semanticTokensFull(String uri, CancelChecker cancel) {
        return withModel(uri, new SemanticTokens(List.of()), r -> semanticTokens.full(r, cancel));
    }

    SemanticTokens semanticTokensRange(String uri, org.eclipse.lsp4j.Range range, CancelChecker cancel) {
        return withModel(uri, new SemanticTokens(List.of()), r -> semanticTokens.range(r, range, cancel));
    }

    Either<SemanticTokens, SemanticTokensDelta> semanticTokensDelta(String uri, String previousResultId,
                                                                    CancelChecker cancel) {
        return withModel(uri, Either.forLeft(new SemanticTokens(List.of())),
                r -> semanticTokens.delta(r, previousResultId, cancel));
    }

    List<TextEdit> formatting(String uri, FormattingOptions options, CancelChecker cancel) {
        Optional<DocumentSnapshot> toml = manifestDocument(uri);
        if (toml.isPresent()) {
            return manifest.formatting(toml.get(), options);
        }
        return withModel(uri, List.of(), r -> formatting.document(r, options, cancel));
    }

    List<TextEdit> rangeFormatting(String uri, org.eclipse.lsp4j.Range range, FormattingOptions options,
                                   CancelChecker cancel) {
        return withModel(uri, List.of(), r -> formatting.range(r, range, options, cancel));
    }

    List<TextEdit> onTypeFormatting(String uri, org.eclipse.lsp4j.Position at, String typed, FormattingOptions options,
                                    CancelChecker cancel) {
        return withModel(uri, List.of(), r -> formatting.onType(r, at, typed, options, cancel));
    }

    List<DocumentLink> documentLinks(String uri, CancelChecker cancel) {
        return withModel(uri, List.of(), r -> links.links(r, cancel));
    }

    List<InlayHint> inlayHints(String uri, org.eclipse.lsp4j.Range range, CancelChecker cancel) {
        return withModel(uri, List.of(), r -> inlayHints.hints(r, range, cancel));
    }

    /**
     * The analysis model of an open Neam document at its newest version (what completion, hover
     * and navigation read); empty when the document is not open or not a Neam file on disk.
     */
    Optional<FeatureRequest> request(String uri) {
        Optional<DocumentSnapshot> snapshot = used(uri);
        if (snapshot.isEmpty() || !snapshot.get().isNeam()) {
            return Optional.empty();
        }
        return engine.model(uri, snapshot.get().content())
                .map(model -> new FeatureRequest(snapshot.get(), model, positions));
    }

    /** An open neam.toml (by its path, whatever its language id). */
    private Optional<DocumentSnapshot> manifestDocument(String uri) {
        return used(uri).filter(ManifestRequests::handles);
    }

    /** Runs a feature on the model of an open Neam document; {@code empty} when there is none. */
    private <T> T withModel(String uri, T empty, java.util.function.Function<FeatureRequest, T> feature) {
        return request(uri).map(request -> {
            T result = feature.apply(request);
            if (documents.get(request.uri()).isEmpty() || !hot.isHot(request.uri())) {
                // closed, or no longer hot, while this ran: what it kept for the document goes too
                forget(request.uri());
            }
            return result;
        }).orElse(empty);
    }

    /** The newest snapshot of an open document asked about, which becomes one of the hot documents. */
    private Optional<DocumentSnapshot> used(String uri) {
        Optional<DocumentSnapshot> snapshot = documents.get(uri);
        snapshot.ifPresent(s -> hot.used(s.uri()));
        return snapshot;
    }

    /** Runs a tree feature on the newest snapshot of an open Neam document; an empty list otherwise. */
    private <T> List<T> withTree(String uri, BiFunction<DocumentSnapshot, ParseResult, List<T>> feature) {
        Optional<DocumentSnapshot> snapshot = used(uri);
        if (snapshot.isEmpty() || !snapshot.get().isNeam()) {
            return List.of();
        }
        return feature.apply(snapshot.get(), parsed.parse(snapshot.get()));
    }
}
